import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** Codes of the previous and the next step are accepted too (clock drift, a code typed as it changed). */
export const TOTP_WINDOW = 1;
const ISSUER = 'ClientFlow';

const totpFor = (base32: string, label = '') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });

/** A new 160-bit secret (RFC 4226's recommended size), base32 as apps expect it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://totp/ClientFlow:<email>?secret=…` URI the QR code carries. */
export const totpUri = (base32: string, accountLabel: string): string => totpFor(base32, accountLabel).toString();

export const isTotpShape = (code: string): boolean => /^\d{6}$/.test(code);

/**
 * The time step (30 s counter) the code belongs to, within ±1 step of now, or null when it is wrong. The caller
 * refuses a step not newer than the last one accepted (replay).
 */
export function matchTotp(base32: string, code: string, now = Date.now()): number | null {
  if (!isTotpShape(code)) return null;
  const delta = totpFor(base32).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return null;
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** Codes and users' typing: spaces and dashes ignored, case ignored. */
export const normalizeCode = (code: string): string => code.replace(/[\s-]/g, '').toLowerCase();

// No 0/o, 1/l/i: the codes are read off paper.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `k7m2p-x9q4r` (50 bits each), shown once; only their sha256 is stored. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(normalizeCode(code)).digest('hex');
