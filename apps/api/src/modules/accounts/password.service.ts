import type { DataSource, EntityManager } from 'typeorm';
import { badInput, isEmail, normalizeEmail } from '@clientflow/domain';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { assertStrongPassword } from '../../platform/auth/password-policy';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import { renderLocalizedEmail } from '../../platform/mail/localized-email';
import type { Outbox } from '../../platform/mail/outbox.service';
import type { AuditService } from '../audit/audit.service';
import type { SessionOrigin, SessionService } from '../identity/sessions/session.service';
import { User } from '../identity/user.entity';
import { passwordChangedMessage, passwordResetMessage } from './account.emails';
import {
  consumeAccountToken,
  hashAccountToken,
  invalidateAccountTokens,
  isAccountTokenShape,
  newAccountToken,
  PASSWORD_RESET_TTL_MINUTES,
} from './account-tokens';

const WINDOW = 15 * 60;
/** Reset requests per address and per IP, reset attempts per IP, wrong current passwords per user and per IP. */
const LIMITS = { resetPerEmail: 5, resetPerIp: 20, resetConsumePerIp: 30, changePerUser: 5, changePerIp: 50 };

const invalidResetLink = () => badInput('token', 'This reset link has expired or was already used. Ask for a new one.');

/** Forgot/reset (OWASP Forgot Password cheat sheet) and change password. */
export class PasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deps: {
      adminOrigin: string;
      rateLimiter: RateLimiter;
      outbox: Outbox;
      audit: AuditService;
      sessions: SessionService;
    },
  ) {}

  /**
   * Always answers the same, in similar time: known and unknown addresses make the same token, the same rate-limit
   * hits and the same lookup-and-insert statement; only a known one adds the email and the audit row to it.
   */
  async requestReset(emailInput: string, origin: SessionOrigin): Promise<void> {
    const email = normalizeEmail(emailInput);
    if (!isEmail(email)) throw badInput('email', 'Enter a valid email address');
    await this.deps.rateLimiter.hit(`reset:email:${email}`, LIMITS.resetPerEmail, WINDOW);
    await this.deps.rateLimiter.hit(`reset:ip:${origin.ip}`, LIMITS.resetPerIp, WINDOW);
    const token = newAccountToken();
    await this.dataSource.transaction(async (m) => {
      const [user]: { id: string; name: string; locale: string }[] = await m.query(
        `WITH u AS (SELECT id, email, name, locale FROM app_user WHERE email = $1),
              t AS (INSERT INTO account_token ("userId", kind, "tokenHash", email, "expiresAt", "requestedIp")
                    SELECT id, 'PASSWORD_RESET', $2, email, now() + make_interval(mins => $3), $4 FROM u)
         SELECT id, name, locale FROM u`,
        [email, hashAccountToken(token), PASSWORD_RESET_TTL_MINUTES, origin.ip.slice(0, 64)],
      );
      if (!user) return;
      const url = `${this.deps.adminOrigin}/reset-password?token=${encodeURIComponent(token)}`;
      const mail = renderLocalizedEmail(passwordResetMessage, user.locale, {
        name: user.name,
        url,
        minutes: PASSWORD_RESET_TTL_MINUTES,
      });
      await this.deps.outbox.enqueue(m, {
        workspaceId: null,
        kind: 'PASSWORD_RESET',
        to: email,
        ...withoutLocale(mail),
      });
      await this.deps.audit.recordForUser(
        user.id,
        { action: 'auth.passwordResetRequested', actor: { ...origin, userId: user.id } },
        m,
      );
    });
  }

  /**
   * Sets the new password from a reset link, ends every session of the user and every other reset link, and does not
   * sign in (the person signs in with the new password). A weak password is refused before the link is used up.
   */
  async reset(token: string, newPassword: string, origin: SessionOrigin): Promise<void> {
    await this.deps.rateLimiter.hit(`reset:consume:ip:${origin.ip}`, LIMITS.resetConsumePerIp, WINDOW);
    if (!isAccountTokenShape(token)) throw invalidResetLink();
    const [pending]: { email: string; name: string }[] = await this.dataSource.query(
      `SELECT u.email, u.name FROM account_token t JOIN app_user u ON u.id = t."userId"
        WHERE t."tokenHash" = $1 AND t.kind = 'PASSWORD_RESET' AND t."usedAt" IS NULL AND t."expiresAt" > now()`,
      [hashAccountToken(token)],
    );
    if (!pending) throw invalidResetLink();
    assertStrongPassword(newPassword, { email: pending.email, words: [pending.name] }, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      const used = await consumeAccountToken(m, token, 'PASSWORD_RESET');
      if (!used) throw invalidResetLink();
      // The link reached this address, which proves it as well as a verification link would.
      await m.query(
        `UPDATE app_user SET "passwordHash" = $2,
                "emailVerifiedAt" = CASE WHEN email = $3 THEN COALESCE("emailVerifiedAt", now()) ELSE "emailVerifiedAt" END
          WHERE id = $1`,
        [used.userId, passwordHash, used.email],
      );
      await invalidateAccountTokens(m, used.userId, 'PASSWORD_RESET');
      await this.deps.sessions.revokeAll(used.userId, 'PASSWORD_RESET', { manager: m });
      await this.deps.audit.recordForUser(
        used.userId,
        { action: 'auth.passwordReset', actor: { ...origin, userId: used.userId } },
        m,
      );
      await this.notifyChanged(m, used.userId);
    });
  }

  /** Checks the current password (wrong ones are rate limited), sets the new one and ends every other session. */
  async change(
    viewer: { userId: string; sessionId?: string },
    currentPassword: string,
    newPassword: string,
    origin: SessionOrigin,
  ): Promise<void> {
    const keys = [
      [`password:change:user:${viewer.userId}`, LIMITS.changePerUser],
      [`password:change:ip:${origin.ip}`, LIMITS.changePerIp],
    ] as const;
    for (const [key, limit] of keys) await this.deps.rateLimiter.assertBelow(key, limit, WINDOW);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: viewer.userId })
      .getOneOrFail();
    if (!currentPassword || !(await verifyPassword(currentPassword, user.passwordHash))) {
      for (const [key, limit] of keys) await this.deps.rateLimiter.hit(key, limit, WINDOW).catch(() => undefined);
      throw badInput('currentPassword', 'The current password is incorrect');
    }
    assertStrongPassword(newPassword, { email: user.email, words: [user.name] }, 'newPassword');
    if (newPassword === currentPassword)
      throw badInput('newPassword', 'Choose a password different from the current one');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(User).update({ id: user.id }, { passwordHash });
      await invalidateAccountTokens(m, user.id, 'PASSWORD_RESET');
      await this.deps.sessions.revokeAll(user.id, 'PASSWORD_CHANGED', { keep: viewer.sessionId, manager: m });
      await this.deps.audit.recordForUser(user.id, { action: 'auth.passwordChanged', actor: origin }, m);
      await this.notifyChanged(m, user.id);
    });
  }

  /** "Your password was changed", in the user's language, with the way back if it was not them. */
  private async notifyChanged(m: EntityManager, userId: string) {
    const user = await m.getRepository(User).findOneByOrFail({ id: userId });
    const mail = renderLocalizedEmail(passwordChangedMessage, user.locale, {
      name: user.name,
      url: `${this.deps.adminOrigin}/forgot-password`,
    });
    await this.deps.outbox.enqueue(m, {
      workspaceId: null,
      kind: 'PASSWORD_CHANGED',
      to: user.email,
      ...withoutLocale(mail),
    });
  }
}

const withoutLocale = ({ subject, text, html }: { subject: string; text: string; html: string }) => ({
  subject,
  text,
  html,
});
