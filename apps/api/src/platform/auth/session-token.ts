import { randomUUID, webcrypto } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export const ISSUER = 'clientflow';
export const STAFF_AUDIENCE = 'clientflow:admin';
export const PORTAL_AUDIENCE = 'clientflow:portal';
/** The half-way sign-in (password checked, second factor still due): never accepted as a session. */
export const TWO_FACTOR_AUDIENCE = 'clientflow:2fa';
export const TWO_FACTOR_CHALLENGE_TTL_SECONDS = 5 * 60;
const ALG = 'HS256';

export interface StaffClaims {
  kind: 'staff';
  sub: string; // user id
  ws: string; // current workspace id
  sid: string; // user_session id: revoking the row ends the session
}
export interface PortalClaims {
  kind: 'portal';
  sub: string; // contact id
  ws: string;
  cid: string; // client id
}
export type SessionClaims = StaffClaims | PortalClaims;

export interface TwoFactorChallengeClaims {
  sub: string; // user id
  ws: string; // the workspace the session will open in
  jti: string; // consumed once (see TwoFactorService)
  exp: number; // seconds since the epoch
}

export class SessionTokens {
  private readonly secret: Uint8Array;
  /** Imported once: jose would import a raw secret into WebCrypto again on every sign and verify. */
  private key: Promise<webcrypto.CryptoKey> | null = null;

  constructor(
    secret: string,
    private readonly ttlSeconds = 60 * 60 * 24 * 7,
  ) {
    if (secret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    this.secret = new TextEncoder().encode(secret);
  }

  private cryptoKey(): Promise<webcrypto.CryptoKey> {
    this.key ??= webcrypto.subtle.importKey('raw', this.secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    return this.key;
  }

  get ttlMs() {
    return this.ttlSeconds * 1000;
  }

  get maxAgeMs() {
    return this.ttlSeconds * 1000;
  }

  async sign(claims: SessionClaims): Promise<string> {
    const { sub, ...rest } = claims;
    return new SignJWT({ ...rest })
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience(claims.kind === 'staff' ? STAFF_AUDIENCE : PORTAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(await this.cryptoKey());
  }

  /** Returns null for anything not signed by us with HS256 for this audience and still valid (alg:none included). */
  async verify<K extends SessionClaims['kind']>(
    token: string,
    kind: K,
  ): Promise<Extract<SessionClaims, { kind: K }> | null> {
    try {
      const { payload } = await jwtVerify(token, await this.cryptoKey(), {
        algorithms: [ALG],
        issuer: ISSUER,
        audience: kind === 'staff' ? STAFF_AUDIENCE : PORTAL_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
      });
      if (payload.kind !== kind || typeof payload.ws !== 'string') return null;
      if (kind === 'portal' && typeof payload.cid !== 'string') return null;
      if (kind === 'staff' && typeof payload.sid !== 'string') return null;
      return { ...(payload as object), sub: payload.sub } as Extract<SessionClaims, { kind: K }>;
    } catch (err) {
      if (err instanceof errors.JOSEError) return null;
      throw err;
    }
  }

  /** The short-lived proof that the password was right, carried in its own cookie until the code is entered. */
  async signTwoFactorChallenge(claims: { sub: string; ws: string }): Promise<string> {
    return new SignJWT({ kind: '2fa', ws: claims.ws })
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(claims.sub)
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(TWO_FACTOR_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${TWO_FACTOR_CHALLENGE_TTL_SECONDS}s`)
      .sign(await this.cryptoKey());
  }

  /** Null for anything but an unexpired challenge signed by us with HS256 (a session token included). */
  async verifyTwoFactorChallenge(token: string): Promise<TwoFactorChallengeClaims | null> {
    try {
      const { payload } = await jwtVerify(token, await this.cryptoKey(), {
        algorithms: [ALG],
        issuer: ISSUER,
        audience: TWO_FACTOR_AUDIENCE,
        requiredClaims: ['exp', 'sub', 'jti'],
      });
      if (payload.kind !== '2fa' || typeof payload.ws !== 'string') return null;
      return { sub: payload.sub!, ws: payload.ws, jti: payload.jti!, exp: payload.exp! };
    } catch (err) {
      if (err instanceof errors.JOSEError) return null;
      throw err;
    }
  }
}
