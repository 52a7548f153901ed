import { Secret } from 'otpauth';
import { SecretBox } from './secret-box';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from './totp';

// RFC 6238 appendix B: the SHA-1 key is ASCII "12345678901234567890"; its 8-digit codes end in these 6 digits.
const RFC_KEY = Secret.fromLatin1('12345678901234567890').base32;

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors and answers the time step', () => {
    expect(matchTotp(RFC_KEY, '287082', 59_000)).toBe(1);
    expect(matchTotp(RFC_KEY, '081804', 1_111_111_109_000)).toBe(37_037_036);
    expect(matchTotp(RFC_KEY, '050471', 1_111_111_111_000)).toBe(37_037_037);
  });

  it('accepts one step either side, not two, and nothing but 6 digits', () => {
    const at = 1_111_111_109_000 + 30_000; // the code above belongs to the previous step now
    expect(matchTotp(RFC_KEY, '081804', at)).toBe(37_037_036);
    expect(matchTotp(RFC_KEY, '081804', at + 30_000)).toBeNull();
    expect(matchTotp(RFC_KEY, '081804', 1_111_111_109_000 - 30_000)).toBe(37_037_036);
    expect(matchTotp(RFC_KEY, '81804', 1_111_111_109_000)).toBeNull();
    expect(matchTotp(RFC_KEY, '0818045', 1_111_111_109_000)).toBeNull();
  });

  it('makes 160-bit secrets and an otpauth URI apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'ana@example.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/ClientFlow:ana@example.test');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      secret,
      issuer: 'ClientFlow',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('makes 10 distinct recovery codes, hashed the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashRecoveryCode(` ${codes[0].toUpperCase().replace('-', ' ')} `)).toBe(hashRecoveryCode(codes[0]));
    expect(hashRecoveryCode(codes[0])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('SecretBox', () => {
  const box = new SecretBox('a-session-secret-that-is-long-enough-0123456789');

  it('opens what it sealed, for the same owner only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'user-1')).not.toBe(sealed); // a fresh IV every time
    expect(box.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-2')).toBeNull();
  });

  it('refuses tampered values and other keys', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(box.open([v, iv, tag, flipped.toString('base64url')].join('.'), 'user-1')).toBeNull();
    expect(box.open('garbage', 'user-1')).toBeNull();
    expect(new SecretBox('another-session-secret-long-enough-0123456789').open(sealed, 'user-1')).toBeNull();
  });
});
