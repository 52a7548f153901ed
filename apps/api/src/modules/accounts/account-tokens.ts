import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AccountTokenKind } from './account-token.entity';

/** Email verification links work for a day; password-reset links for 30 minutes (OWASP). */
export const VERIFY_EMAIL_TTL_HOURS = 24;
export const PASSWORD_RESET_TTL_MINUTES = 30;
export const TTL_MS: Record<AccountTokenKind, number> = {
  VERIFY_EMAIL: VERIFY_EMAIL_TTL_HOURS * 3600_000,
  PASSWORD_RESET: PASSWORD_RESET_TTL_MINUTES * 60_000,
};

/** 32 random bytes (256 bits) in the link; only their sha256 is stored. */
export const newAccountToken = () => randomBytes(32).toString('base64url');
export const hashAccountToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const isAccountTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** Stores a new link for the user and answers the token to put in the email. */
export async function issueAccountToken(
  m: EntityManager,
  p: { userId: string; kind: AccountTokenKind; email: string; ip: string },
): Promise<string> {
  const token = newAccountToken();
  await m.query(
    `INSERT INTO account_token ("userId", kind, "tokenHash", email, "expiresAt", "requestedIp")
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), $6)`,
    [p.userId, p.kind, hashAccountToken(token), p.email, TTL_MS[p.kind] / 1000, p.ip.slice(0, 64)],
  );
  return token;
}

/**
 * Marks the token used in the same statement that checks it is unused, unexpired and of this kind, so it works once
 * even under concurrent clicks. Null when it does not (any more).
 */
export async function consumeAccountToken(
  m: EntityManager,
  token: string,
  kind: AccountTokenKind,
): Promise<{ userId: string; email: string } | null> {
  if (!isAccountTokenShape(token)) return null;
  const [rows]: [{ userId: string; email: string }[], number] = await m.query(
    `UPDATE account_token SET "usedAt" = now()
      WHERE "tokenHash" = $1 AND kind = $2 AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING "userId", email`,
    [hashAccountToken(token), kind],
  );
  return rows[0] ?? null;
}

/** Ends every outstanding link of this kind for the user (after a reset, a verification, a password change). */
export async function invalidateAccountTokens(m: EntityManager, userId: string, kind: AccountTokenKind): Promise<void> {
  await m.query(`UPDATE account_token SET "usedAt" = now() WHERE "userId" = $1 AND kind = $2 AND "usedAt" IS NULL`, [
    userId,
    kind,
  ]);
}
