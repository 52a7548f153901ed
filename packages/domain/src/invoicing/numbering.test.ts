import type { DomainError } from '../errors/domain-error';
import { formatInvoiceNumber, isValidInvoicePrefix, nextSequence } from './numbering';

const errorOf = (fn: () => unknown): DomainError | undefined => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  return undefined;
};

describe('formatInvoiceNumber', () => {
  it('pads the sequence after the prefix', () => {
    expect(formatInvoiceNumber('INV-2026-', 1)).toBe('INV-2026-0001');
    expect(formatInvoiceNumber('INV-2026-', 42, { pad: 6 })).toBe('INV-2026-000042');
    expect(formatInvoiceNumber('', 7, { pad: 1 })).toBe('7');
    expect(formatInvoiceNumber('A/B_C-', 3, { pad: 2 })).toBe('A/B_C-03');
  });
  it('never truncates a sequence longer than the padding', () => {
    expect(formatInvoiceNumber('INV-', 12_345)).toBe('INV-12345');
  });
  it('validates the prefix', () => {
    expect(isValidInvoicePrefix('INV-2026/Q1_')).toBe(true);
    expect(isValidInvoicePrefix('A'.repeat(20))).toBe(true);
    for (const bad of ['inv-', 'INV 2026', 'INV.', 'Ñ', 'A'.repeat(21), 'INV#']) {
      const e = errorOf(() => formatInvoiceNumber(bad, 1));
      expect(e?.code).toBe('BAD_USER_INPUT');
      expect(e?.field).toBe('prefix');
    }
  });
  it('validates the sequence and padding', () => {
    for (const seq of [0, -1, 1.5, NaN, Number.MAX_SAFE_INTEGER + 1])
      expect(errorOf(() => formatInvoiceNumber('INV-', seq))?.field).toBe('sequence');
    for (const pad of [0, 13, 2.5]) expect(errorOf(() => formatInvoiceNumber('INV-', 1, { pad }))?.field).toBe('pad');
  });
});

describe('nextSequence', () => {
  it('starts at 1', () => {
    expect(nextSequence(null)).toBe(1);
    expect(nextSequence(undefined)).toBe(1);
    expect(nextSequence(0)).toBe(1);
  });
  it('adds one', () => {
    expect(nextSequence(41)).toBe(42);
  });
  it('refuses bad values and overflow', () => {
    expect(errorOf(() => nextSequence(-1))?.field).toBe('sequence');
    expect(errorOf(() => nextSequence(1.5))?.field).toBe('sequence');
    expect(errorOf(() => nextSequence(Number.MAX_SAFE_INTEGER))?.message).toMatch(/cannot go any higher/);
    expect(nextSequence(Number.MAX_SAFE_INTEGER - 1)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
