import type { DataSource, EntityManager } from 'typeorm';
import { badInput, forbidden } from '@clientflow/domain';
import type { AppConfig } from '../../platform/config/config';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import { renderLocalizedEmail } from '../../platform/mail/localized-email';
import type { Outbox } from '../../platform/mail/outbox.service';
import type { AuditService } from '../audit/audit.service';
import type { SessionOrigin, SessionService } from '../identity/sessions/session.service';
import { User } from '../identity/user.entity';
import { createAccount, rethrowEmailTaken, validateNewAccount, type NewAccountInput } from './account-creation';
import { verifyEmailMessage } from './account.emails';
import {
  consumeAccountToken,
  invalidateAccountTokens,
  issueAccountToken,
  VERIFY_EMAIL_TTL_HOURS,
} from './account-tokens';

/** Per hour: verification emails per address and per IP, sign-ups per IP. */
const VERIFY_EMAILS_PER_ADDRESS = 5;
const VERIFY_EMAILS_PER_IP = 20;
const SIGN_UPS_PER_IP = 10;
const HOUR = 3600;

/**
 * Unverified accounts may use their workspace but not invite anyone (an unproven address must not send mail in the
 * agency's name). The team module calls this before sending an invitation.
 */
export async function assertEmailVerified(m: EntityManager, userId: string): Promise<void> {
  const user = await m
    .getRepository(User)
    .findOne({ where: { id: userId }, select: { id: true, emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) throw forbidden('Verify your email address before inviting teammates');
}

/** Self-service sign-up (SIGNUP) and email verification. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deps: {
      config: Pick<AppConfig, 'signup' | 'adminOrigin'>;
      rateLimiter: RateLimiter;
      outbox: Outbox;
      audit: AuditService;
      sessions: SessionService;
    },
  ) {}

  get signUpMode(): AppConfig['signup'] {
    return this.deps.config.signup;
  }

  /**
   * Creates the user, their workspace and OWNER membership, sends the verification link and opens a session, all in
   * one transaction. Answers the session's cookie value.
   */
  async signUp(
    input: NewAccountInput,
    origin: SessionOrigin,
  ): Promise<{ userId: string; workspaceId: string; sessionToken: string }> {
    const mode = this.signUpMode;
    if (mode === 'off') throw forbidden('Sign-up is turned off on this server. Ask your agency for an account.');
    if (mode === 'invite-only')
      throw forbidden('This server only accepts new people by invitation. Ask your agency to invite you.');
    await this.deps.rateLimiter.hit(`signup:ip:${origin.ip}`, SIGN_UPS_PER_IP, HOUR);
    const account = await validateNewAccount(input);
    await this.limitVerificationEmails(account.email, origin.ip);
    return this.dataSource
      .transaction(async (m) => {
        const { user, workspace } = await createAccount(m, account, { emailVerified: false });
        await this.deps.audit.record(
          {
            workspaceId: workspace.id,
            action: 'auth.signedUp',
            actor: { ...origin, userId: user.id },
            target: { type: 'workspace', id: workspace.id, label: workspace.name },
            changes: { slug: workspace.slug },
          },
          m,
        );
        await this.sendVerification(m, user, workspace.id, origin.ip);
        const session = await this.deps.sessions.open(user.id, workspace.id, origin, m);
        return { userId: user.id, workspaceId: workspace.id, sessionToken: session.token };
      })
      .catch(rethrowEmailTaken);
  }

  /** Sends a new link to the signed-in user; false when their email is verified already. */
  async resendVerification(userId: string, workspaceId: string, ip: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (user.emailVerifiedAt) return false;
    await this.limitVerificationEmails(user.email, ip);
    await this.dataSource.transaction((m) => this.sendVerification(m, user, workspaceId, ip));
    return true;
  }

  /** Marks the email verified: the link must be unused, unexpired and for the address the account still has. */
  async verifyEmail(token: string, origin: SessionOrigin): Promise<void> {
    await this.deps.rateLimiter.hit(`verify:consume:ip:${origin.ip}`, 30, 15 * 60);
    await this.dataSource.transaction(async (m) => {
      const used = await consumeAccountToken(m, token, 'VERIFY_EMAIL');
      if (!used) throw badInput('token', 'This verification link has expired or was already used');
      const [rows]: [unknown[], number] = await m.query(
        `UPDATE app_user SET "emailVerifiedAt" = now() WHERE id = $1 AND email = $2 AND "emailVerifiedAt" IS NULL
         RETURNING id`,
        [used.userId, used.email],
      );
      if (!rows.length) return; // verified already (an older link of the same address): nothing to record
      await invalidateAccountTokens(m, used.userId, 'VERIFY_EMAIL');
      await this.deps.audit.recordForUser(used.userId, { action: 'auth.emailVerified', actor: origin }, m);
    });
  }

  /** Links a day past their expiry are useless (used or not); called by the hourly sweeper. */
  async sweepTokens(): Promise<void> {
    await this.dataSource.query(`DELETE FROM account_token WHERE "expiresAt" < now() - interval '1 day'`);
  }

  private async limitVerificationEmails(email: string, ip: string) {
    await this.deps.rateLimiter.hit(`verify:email:${email}`, VERIFY_EMAILS_PER_ADDRESS, HOUR);
    await this.deps.rateLimiter.hit(`verify:ip:${ip}`, VERIFY_EMAILS_PER_IP, HOUR);
  }

  private async sendVerification(m: EntityManager, user: User, workspaceId: string, ip: string) {
    const token = await issueAccountToken(m, { userId: user.id, kind: 'VERIFY_EMAIL', email: user.email, ip });
    const url = `${this.deps.config.adminOrigin}/verify-email?token=${encodeURIComponent(token)}`;
    const mail = renderLocalizedEmail(verifyEmailMessage, user.locale, {
      name: user.name,
      url,
      hours: VERIFY_EMAIL_TTL_HOURS,
    });
    await this.deps.outbox.enqueue(m, {
      workspaceId,
      kind: 'VERIFY_EMAIL',
      to: user.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  }
}
