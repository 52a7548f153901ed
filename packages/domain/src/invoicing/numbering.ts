import { badInput } from '../errors/domain-error';

const PREFIX = /^[A-Z0-9_/-]{0,20}$/;
export const DEFAULT_SEQUENCE_PAD = 4;
export const MAX_SEQUENCE_PAD = 12;

export function isValidInvoicePrefix(prefix: string): boolean {
  return typeof prefix === 'string' && PREFIX.test(prefix);
}

/**
 * `prefix` + the sequence zero-padded to `pad` digits: ('INV-2026-', 7) → `INV-2026-0007`.
 * A sequence longer than `pad` is never truncated (10000 with pad 4 → `10000`).
 */
export function formatInvoiceNumber(prefix: string, sequence: number, options: { pad?: number } = {}): string {
  if (!isValidInvoicePrefix(prefix)) {
    throw badInput('prefix', 'The prefix can have up to 20 characters: capital letters A–Z, digits, -, _ and /');
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw badInput('sequence', 'The sequence must be a whole number from 1');
  const pad = options.pad ?? DEFAULT_SEQUENCE_PAD;
  if (!Number.isInteger(pad) || pad < 1 || pad > MAX_SEQUENCE_PAD) {
    throw badInput('pad', `The padding must be a whole number from 1 to ${MAX_SEQUENCE_PAD}`);
  }
  return `${prefix}${String(sequence).padStart(pad, '0')}`;
}

/** The sequence after `last`; 1 when nothing was numbered yet (null/undefined/0). */
export function nextSequence(last: number | null | undefined): number {
  if (last === null || last === undefined) return 1;
  if (!Number.isSafeInteger(last) || last < 0)
    throw badInput('sequence', 'The last sequence must be a whole number from 0');
  if (last >= Number.MAX_SAFE_INTEGER) throw badInput('sequence', 'The sequence cannot go any higher');
  return last + 1;
}
