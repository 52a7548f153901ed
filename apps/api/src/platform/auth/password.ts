import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

// N=2^15, r=8, p=1: ~32 MiB and ~50 ms per hash on this machine class (OWASP's scrypt floor is N=2^17 at 64 MiB for p=1;
// we keep memory lower so tests stay fast and raise cost through N in production via SCRYPT_LOG_N).
const LOG_N = Number(process.env.SCRYPT_LOG_N ?? 15);
const KEYLEN = 32;

/** Format: scrypt$<logN>$<r>$<p>$<salt b64>$<hash b64>. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** LOG_N;
  const key = await scrypt(password, salt, KEYLEN, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return ['scrypt', LOG_N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, logN, r, p, saltB64, hashB64] = stored.split('$');
  if (algo !== 'scrypt' || !hashB64) return false;
  const N = 2 ** Number(logN);
  const expected = Buffer.from(hashB64, 'base64');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return timingSafeEqual(key, expected);
}

/** A hash of a random password: compare against it when the user is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));
