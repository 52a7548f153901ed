import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { toDataURL } from 'qrcode';
import { badInput, DomainError, forbidden, unauthenticated } from '@clientflow/domain';
import { verifyPassword } from '../../platform/auth/password';
import type { StaffViewer } from '../../platform/auth/viewer';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import { logger } from '../../platform/logger/logger';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { SessionService } from '../identity/sessions/session.service';
import { User } from '../identity/user.entity';
import { Workspace } from '../identity/workspace.entity';
import { TwoFactorRecoveryCode } from './recovery-code.entity';
import type { SecretBox } from './secret-box';
import {
  hashRecoveryCode,
  isTotpShape,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  normalizeCode,
  totpUri,
} from './totp';
import { UserTwoFactor } from './user-two-factor.entity';

/** Wrong codes (and wrong passwords when turning two-factor off) per account and per client address, 15 minutes. */
export const CODE_LIMITS = { perUser: 5, perIp: 25, windowSeconds: 15 * 60 };

/** A signed-in caller: the request's viewer, address and browser (the resolver's Context fits). */
export interface TwoFactorCaller extends AuditActor {
  viewer: StaffViewer;
}

export interface TwoFactorSetupInfo {
  otpauthUri: string;
  qrCodeDataUrl: string;
  secret: string;
}

export interface TwoFactorStatusInfo {
  enabled: boolean;
  pending: boolean;
  enabledAt: Date | null;
  recoveryCodesRemaining: number;
}

export interface TwoFactorPolicyInfo {
  required: boolean;
  members: number;
  membersWithoutTwoFactor: number;
}

const WRONG_CODE = 'That code is not right. Check your authenticator app (and its clock) and try again.';

/**
 * TOTP two-factor authentication: setup (pending until a real code confirms it), recovery codes, turning it off,
 * the code check of the sign-in flow, and the workspace's "everyone must use it" rule. Every code check shares one
 * rule: rate limited per account and per address, a replayed time step refused, failures audited.
 */
export class TwoFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly box: SecretBox,
  ) {}

  async isEnabled(userId: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(UserTwoFactor).findOneBy({ userId });
    return Boolean(row?.enabledAt);
  }

  async status(userId: string): Promise<TwoFactorStatusInfo> {
    const row = await this.dataSource.getRepository(UserTwoFactor).findOneBy({ userId });
    const remaining = row?.enabledAt
      ? await this.dataSource.getRepository(TwoFactorRecoveryCode).countBy({ userId, usedAt: IsNull() })
      : 0;
    return {
      enabled: Boolean(row?.enabledAt),
      pending: Boolean(row && !row.enabledAt),
      enabledAt: row?.enabledAt ?? null,
      recoveryCodesRemaining: remaining,
    };
  }

  /** A new secret, pending until `confirmSetup` checks a code made from it; starting again replaces it. */
  async startSetup(userId: string): Promise<TwoFactorSetupInfo> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const secret = newTotpSecret();
    const result: unknown[] = await this.dataSource.query(
      `INSERT INTO user_two_factor ("userId", secret) VALUES ($1, $2)
       ON CONFLICT ("userId") DO UPDATE SET secret = EXCLUDED.secret, "lastUsedStep" = NULL, "updatedAt" = now()
         WHERE user_two_factor."enabledAt" IS NULL
       RETURNING "userId"`,
      [userId, this.box.seal(secret, userId)],
    );
    if (!result.length) throw new DomainError('CONFLICT', 'Two-factor authentication is already on');
    const otpauthUri = totpUri(secret, user.email);
    const qrCodeDataUrl = await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
    return { otpauthUri, qrCodeDataUrl, secret };
  }

  /** Turns two-factor on with the first code from the app; answers the recovery codes (the only time they exist). */
  async confirmSetup(caller: TwoFactorCaller, code: string): Promise<string[]> {
    const { userId, sessionId } = caller.viewer;
    const row = await this.dataSource.getRepository(UserTwoFactor).findOneBy({ userId });
    if (row?.enabledAt) throw new DomainError('CONFLICT', 'Two-factor authentication is already on');
    if (!row) throw badInput('code', 'Start setting up two-factor authentication first');
    await this.assertBelowLimits(userId, caller.ip);
    const secret = this.open(row);
    const step = secret ? matchTotp(secret, normalizeCode(code)) : null;
    if (step === null) return this.refuse(userId, caller, 'wrong');
    const codes = newRecoveryCodes();
    await this.dataSource.transaction(async (m) => {
      const enabled = await m
        .createQueryBuilder()
        .update(UserTwoFactor)
        .set({ enabledAt: () => 'now()', lastUsedStep: step })
        .where('"userId" = :userId AND "enabledAt" IS NULL AND secret = :secret', { userId, secret: row.secret })
        .execute();
      // Another tab restarted or finished the setup meanwhile.
      if (!enabled.affected) throw new DomainError('CONFLICT', 'The setup changed in another window. Start again.');
      await this.replaceRecoveryCodes(m, userId, codes);
      await this.audit.recordForUser(userId, { action: 'twoFactor.enabled', actor: caller }, m);
      await this.sessions.revokeAll(userId, 'TWO_FACTOR_CHANGED', { keep: sessionId, manager: m });
    });
    return codes;
  }

  /** New recovery codes (the old ones stop working), against a current code from the app. */
  async regenerateRecoveryCodes(caller: TwoFactorCaller, code: string): Promise<string[]> {
    const { userId } = caller.viewer;
    await this.checkCode(userId, code, caller, { recoveryCodes: false });
    const codes = newRecoveryCodes();
    await this.dataSource.transaction(async (m) => {
      await this.replaceRecoveryCodes(m, userId, codes);
      await this.audit.recordForUser(userId, { action: 'twoFactor.recoveryCodesRegenerated', actor: caller }, m);
    });
    return codes;
  }

  /**
   * Turns two-factor off with the password and a code (from the app or a recovery code). Allowed even where the
   * workspace requires two-factor: the very next request of the session is then held at the setup screen.
   */
  async disable(caller: TwoFactorCaller, password: string, code: string): Promise<void> {
    const { userId, sessionId } = caller.viewer;
    if (!(await this.isEnabled(userId))) throw badInput('code', 'Two-factor authentication is not on');
    await this.assertBelowLimits(userId, caller.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOneOrFail();
    if (!(await verifyPassword(password, user.passwordHash))) {
      await this.countFailure(userId, caller.ip);
      throw badInput('password', 'Password is incorrect');
    }
    await this.checkCode(userId, code, caller, { recoveryCodes: true });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(TwoFactorRecoveryCode).delete({ userId });
      await m.getRepository(UserTwoFactor).delete({ userId });
      await this.audit.recordForUser(userId, { action: 'twoFactor.disabled', actor: caller }, m);
      await this.sessions.revokeAll(userId, 'TWO_FACTOR_CHANGED', { keep: sessionId, manager: m });
    });
  }

  /**
   * The second step of signing in: a code from the app or a recovery code for the challenge's user, who must still
   * have two-factor on. The challenge (`jti`) is consumed: it opens one session at most.
   */
  async verifySignIn(
    challenge: { sub: string; jti: string; exp: number },
    code: string,
    origin: { ip: string; userAgent: string },
  ): Promise<void> {
    const userId = challenge.sub;
    if (!(await this.isEnabled(userId))) throw unauthenticated('Your sign-in expired. Enter your password again.');
    await this.checkCode(userId, code, { ...origin, userId }, { recoveryCodes: true });
    const first = await this.rateLimiter.claimOnce(`2fa:challenge:${challenge.jti}`, new Date(challenge.exp * 1000));
    if (!first) throw unauthenticated('This sign-in was already completed. Enter your password again.');
  }

  async policy(workspaceId: string): Promise<TwoFactorPolicyInfo> {
    const [row]: { required: boolean; members: number; without: number }[] = await this.dataSource.query(
      `SELECT w."requireTwoFactor" AS required, count(m."userId")::int AS members,
              count(m."userId") FILTER (WHERE t."enabledAt" IS NULL)::int AS without
         FROM workspace w
         LEFT JOIN membership m ON m."workspaceId" = w.id
         LEFT JOIN user_two_factor t ON t."userId" = m."userId"
        WHERE w.id = $1
        GROUP BY w.id`,
      [workspaceId],
    );
    return { required: row.required, members: row.members, membersWithoutTwoFactor: row.without };
  }

  /** The OWNER's switch; turning it on asks the owner to have two-factor first (so they show the way). */
  async setWorkspaceRequired(caller: TwoFactorCaller, required: boolean): Promise<Workspace> {
    const { userId, workspaceId, role } = caller.viewer;
    if (role !== 'OWNER') throw forbidden('Only an owner can change the two-factor requirement');
    if (required && !(await this.isEnabled(userId)))
      throw badInput('required', 'Turn on two-factor authentication for your own account first');
    return this.dataSource.transaction(async (m) => {
      const workspace = await m.getRepository(Workspace).findOneByOrFail({ id: workspaceId });
      if (workspace.requireTwoFactor === required) return workspace;
      await m.getRepository(Workspace).update({ id: workspaceId }, { requireTwoFactor: required });
      await this.audit.record(
        {
          workspaceId,
          action: 'workspace.twoFactorRequired',
          actor: caller,
          changes: { requireTwoFactor: { from: workspace.requireTwoFactor, to: required } },
        },
        m,
      );
      return { ...workspace, requireTwoFactor: required };
    });
  }

  /**
   * The one code check: limits first (a right code is refused too once they are used up), then a TOTP code of
   * ±1 step newer than the last accepted one, else (where allowed) an unused recovery code.
   */
  private async checkCode(
    userId: string,
    codeInput: string,
    actor: AuditActor,
    opts: { recoveryCodes: boolean },
  ): Promise<'totp' | 'recovery'> {
    await this.assertBelowLimits(userId, actor.ip);
    const row = await this.dataSource.getRepository(UserTwoFactor).findOneBy({ userId });
    if (!row?.enabledAt) throw badInput('code', 'Two-factor authentication is not on');
    const code = normalizeCode(codeInput);
    if (isTotpShape(code)) {
      const secret = this.open(row);
      const step = secret ? matchTotp(secret, code) : null;
      if (step !== null) {
        const accepted = await this.dataSource
          .createQueryBuilder()
          .update(UserTwoFactor)
          .set({ lastUsedStep: step })
          .where('"userId" = :userId AND "enabledAt" IS NOT NULL', { userId })
          .andWhere('("lastUsedStep" IS NULL OR "lastUsedStep" < :step)', { step })
          .execute();
        if (accepted.affected) return 'totp';
        return this.refuse(userId, actor, 'replayed');
      }
    } else if (opts.recoveryCodes && code) {
      const used = await this.dataSource.transaction(async (m) => {
        const result = await m
          .createQueryBuilder()
          .update(TwoFactorRecoveryCode)
          .set({ usedAt: () => 'now()' })
          .where('"userId" = :userId AND "codeHash" = :hash AND "usedAt" IS NULL', {
            userId,
            hash: hashRecoveryCode(code),
          })
          .execute();
        if (result.affected) await this.audit.recordForUser(userId, { action: 'twoFactor.recoveryCodeUsed', actor }, m);
        return Boolean(result.affected);
      });
      if (used) return 'recovery';
    }
    return this.refuse(userId, actor, 'wrong');
  }

  private async refuse(userId: string, actor: AuditActor, reason: 'wrong' | 'replayed'): Promise<never> {
    await this.countFailure(userId, actor.ip);
    await this.audit.recordForUser(userId, { action: 'twoFactor.failed', actor, changes: { reason } });
    throw badInput(
      'code',
      reason === 'replayed' ? 'That code was already used. Wait for the next one in your app.' : WRONG_CODE,
    );
  }

  private async assertBelowLimits(userId: string, ip: string) {
    await this.rateLimiter.assertBelow(`2fa:user:${userId}`, CODE_LIMITS.perUser, CODE_LIMITS.windowSeconds);
    await this.rateLimiter.assertBelow(`2fa:ip:${ip}`, CODE_LIMITS.perIp, CODE_LIMITS.windowSeconds);
  }

  private async countFailure(userId: string, ip: string) {
    const { perUser, perIp, windowSeconds } = CODE_LIMITS;
    // The refusal comes from assertBelowLimits on the next attempt; this one answers "wrong code".
    await this.rateLimiter.hit(`2fa:user:${userId}`, perUser, windowSeconds).catch(() => undefined);
    await this.rateLimiter.hit(`2fa:ip:${ip}`, perIp, windowSeconds).catch(() => undefined);
  }

  private open(row: UserTwoFactor): string | null {
    const secret = this.box.open(row.secret, row.userId);
    if (!secret) logger.warn({ userId: row.userId }, 'two-factor secret does not open (SESSION_SECRET changed?)');
    return secret;
  }

  private async replaceRecoveryCodes(m: EntityManager, userId: string, codes: string[]) {
    await m.getRepository(TwoFactorRecoveryCode).delete({ userId });
    await m
      .getRepository(TwoFactorRecoveryCode)
      .insert(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  }
}
