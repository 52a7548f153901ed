import { createHash } from 'node:crypto';
import { badInput } from '@clientflow/domain';

export const IDEMPOTENCY_KEY_FIELD = 'idempotencyKey';
/** Like Stripe's: up to 255 characters; visible ASCII only (a UUID v4 is the usual choice). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** The key as given, or BAD_USER_INPUT naming `idempotencyKey`. */
export function validateIdempotencyKey(key: string): string {
  if (!key.length || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !VISIBLE_ASCII.test(key)) {
    throw badInput(
      IDEMPOTENCY_KEY_FIELD,
      `An idempotency key is 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (no spaces), e.g. a UUID`,
    );
  }
  return key;
}

/** JSON with object keys sorted at every depth; `undefined` members dropped, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What "the same request" means: the same arguments, whatever their order or the input classes they arrive as. */
export const requestHash = (args: unknown): string => createHash('sha256').update(canonicalJson(args)).digest('hex');
