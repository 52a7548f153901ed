import { badInput } from '../errors/domain-error';

export const TAX_ID_TYPES = ['CNPJ', 'CPF', 'RUT', 'NIF', 'VAT', 'EIN', 'OTHER'] as const;
export type TaxIdType = (typeof TAX_ID_TYPES)[number];

export type TaxIdCheck = { ok: true; value: string } | { ok: false; message: string };

const MAX_LENGTH = 40;

/** Sum of value × weight, weights cycling 2..max from the rightmost character (Brazilian and Chilean mod 11). */
function mod11Sum(values: readonly number[], maxWeight: number): number {
  let sum = 0;
  let weight = 2;
  for (let i = values.length - 1; i >= 0; i--) {
    sum += values[i]! * weight;
    weight = weight === maxWeight ? 2 : weight + 1;
  }
  return sum;
}

/** Brazilian check digit: 11 - (sum mod 11), with 10 and 11 becoming 0. */
function brazilDigit(values: readonly number[], maxWeight: number): number {
  const rest = mod11Sum(values, maxWeight) % 11;
  return rest < 2 ? 0 : 11 - rest;
}

const allSame = (s: string) => /^(.)\1*$/.test(s);

function checkCpf(raw: string): TaxIdCheck {
  const digits = raw.replace(/[\s.\-/]/g, '');
  if (!/^\d{11}$/.test(digits)) return { ok: false, message: 'A CPF has 11 digits, like 123.456.789-09' };
  if (allSame(digits)) return { ok: false, message: 'This CPF is not valid' };
  const n = [...digits].map(Number);
  const d1 = brazilDigit(n.slice(0, 9), 11);
  const d2 = brazilDigit(n.slice(0, 10), 11);
  if (d1 !== n[9] || d2 !== n[10]) return { ok: false, message: 'The CPF check digits do not match' };
  return { ok: true, value: `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}` };
}

/**
 * CNPJ, numeric or the alphanumeric form issued from July 2026: 12 characters [0-9A-Z] and 2 numeric check
 * digits; each character counts as its char code minus 48 (so digits keep their value).
 */
function checkCnpj(raw: string): TaxIdCheck {
  const chars = raw.replace(/[\s.\-/]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{12}\d{2}$/.test(chars)) {
    return { ok: false, message: 'A CNPJ has 14 characters, like 12.345.678/0001-95' };
  }
  if (allSame(chars)) return { ok: false, message: 'This CNPJ is not valid' };
  const values = [...chars].map((c) => c.charCodeAt(0) - 48);
  const d1 = brazilDigit(values.slice(0, 12), 9);
  const d2 = brazilDigit([...values.slice(0, 12), d1], 9);
  if (d1 !== values[12] || d2 !== values[13]) return { ok: false, message: 'The CNPJ check digits do not match' };
  const c = chars;
  return { ok: true, value: `${c.slice(0, 2)}.${c.slice(2, 5)}.${c.slice(5, 8)}/${c.slice(8, 12)}-${c.slice(12)}` };
}

/** Chilean RUT/RUN: body digits and a mod-11 verifier (0-9 or K), shown as 12.345.678-5. */
function checkRut(raw: string): TaxIdCheck {
  const compact = raw.replace(/[\s.]/g, '').toUpperCase();
  const match = /^(\d{1,9})-?([\dK])$/.exec(compact);
  if (!match) return { ok: false, message: 'A RUT is digits and a verifier, like 12.345.678-5' };
  const body = match[1]!.replace(/^0+/, '');
  if (!body) return { ok: false, message: 'This RUT is not valid' };
  const rest = 11 - (mod11Sum([...body].map(Number), 7) % 11);
  const expected = rest === 11 ? '0' : rest === 10 ? 'K' : String(rest);
  if (expected !== match[2]) return { ok: false, message: 'The RUT verifier digit does not match' };
  return { ok: true, value: `${body.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${expected}` };
}

function checkEin(raw: string): TaxIdCheck {
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(digits)) return { ok: false, message: 'An EIN has 9 digits, like 12-3456789' };
  return { ok: true, value: `${digits.slice(0, 2)}-${digits.slice(2)}` };
}

/** EU-style VAT number: a two-letter country prefix and 2–13 letters or digits. */
function checkVat(raw: string): TaxIdCheck {
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(compact)) {
    return { ok: false, message: 'A VAT number starts with the country code, like DE123456789' };
  }
  return { ok: true, value: compact };
}

/** NIF (Spain, Portugal and others): 8–15 letters or digits. */
function checkNif(raw: string): TaxIdCheck {
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{8,15}$/.test(compact)) return { ok: false, message: 'A NIF has 8 to 15 letters or digits' };
  return { ok: true, value: compact };
}

/**
 * Checks a tax id of the given type without throwing: the admin form uses it for live feedback, the API
 * through `validateTaxId`. Blank input is not a tax id (callers store null).
 */
export function checkTaxId(type: TaxIdType, raw: string): TaxIdCheck {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!value) return { ok: false, message: 'Enter the tax id' };
  if (value.length > MAX_LENGTH) return { ok: false, message: `A tax id is at most ${MAX_LENGTH} characters` };
  switch (type) {
    case 'CNPJ':
      return checkCnpj(value);
    case 'CPF':
      return checkCpf(value);
    case 'RUT':
      return checkRut(value);
    case 'EIN':
      return checkEin(value);
    case 'VAT':
      return checkVat(value);
    case 'NIF':
      return checkNif(value);
    case 'OTHER':
      return { ok: true, value };
  }
}

/** The normalised tax id, or a BAD_USER_INPUT DomainError on `taxId`. */
export function validateTaxId(type: TaxIdType, raw: string): string {
  const result = checkTaxId(type, raw);
  if (!result.ok) throw badInput('taxId', result.message);
  return result.value;
}
