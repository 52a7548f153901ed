import { DomainError } from '../errors/domain-error';
import {
  customFieldValueToString,
  displayCustomFieldValue,
  isCalendarDate,
  normalizeSelectOptions,
  parseCustomFieldValue,
  slugifyCustomFieldKey,
  validateCustomFieldDefinition,
  type CustomFieldDefinitionLike,
  type CustomFieldType,
} from './custom-fields';

const def = (type: CustomFieldType, options: string[] = []): CustomFieldDefinitionLike => ({
  key: 'thing',
  label: 'Thing',
  type,
  options,
});

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('slugifyCustomFieldKey', () => {
  it('turns labels into lower-case ASCII keys', () => {
    expect(slugifyCustomFieldKey('Contract renewal date')).toBe('contract_renewal_date');
    expect(slugifyCustomFieldKey('  Orçamento (R$) anual ')).toBe('orcamento_r_anual');
    expect(slugifyCustomFieldKey('NPS — score!!')).toBe('nps_score');
  });

  it('starts keys with a letter and never returns an empty key', () => {
    expect(slugifyCustomFieldKey('2025 budget')).toBe('f_2025_budget');
    expect(slugifyCustomFieldKey('!!!')).toBe('field');
    expect(slugifyCustomFieldKey('日本語')).toBe('field');
  });

  it('caps the length at 40 without a trailing underscore', () => {
    const key = slugifyCustomFieldKey('a very long label that keeps going and going and going');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key).not.toMatch(/_$/);
  });

  it('adds a numeric suffix when the key is taken', () => {
    expect(slugifyCustomFieldKey('Budget', ['budget'])).toBe('budget_2');
    expect(slugifyCustomFieldKey('Budget', ['budget', 'budget_2'])).toBe('budget_3');
    const long = 'x'.repeat(60);
    const taken = slugifyCustomFieldKey(long);
    const next = slugifyCustomFieldKey(long, [taken]);
    expect(next).toMatch(/_2$/);
    expect(next.length).toBeLessThanOrEqual(40);
  });
});

describe('validateCustomFieldDefinition', () => {
  it('cleans label and help text', () => {
    expect(validateCustomFieldDefinition({ label: '  Renewal   date ', type: 'DATE', helpText: '  ' })).toEqual({
      label: 'Renewal date',
      helpText: null,
      options: [],
    });
  });

  it('requires a label of at most 60 characters', () => {
    expect(errorOf(() => validateCustomFieldDefinition({ label: ' ', type: 'TEXT' })).field).toBe('label');
    expect(errorOf(() => validateCustomFieldDefinition({ label: 'x'.repeat(61), type: 'TEXT' })).field).toBe('label');
  });

  it('limits help text', () => {
    expect(
      errorOf(() => validateCustomFieldDefinition({ label: 'A', type: 'TEXT', helpText: 'x'.repeat(301) })).field,
    ).toBe('helpText');
  });

  it('requires options for SELECT and refuses them for other types', () => {
    expect(errorOf(() => validateCustomFieldDefinition({ label: 'Tier', type: 'SELECT', options: [' '] })).field).toBe(
      'options',
    );
    expect(errorOf(() => validateCustomFieldDefinition({ label: 'Tier', type: 'TEXT', options: ['Gold'] })).field).toBe(
      'options',
    );
    expect(
      validateCustomFieldDefinition({ label: 'Tier', type: 'SELECT', options: [' Gold ', 'Silver', ''] }).options,
    ).toEqual(['Gold', 'Silver']);
  });

  it('refuses duplicate or over-long options', () => {
    expect(errorOf(() => normalizeSelectOptions(['Gold', 'gold'])).message).toMatch(/twice/);
    expect(errorOf(() => normalizeSelectOptions(['x'.repeat(101)])).field).toBe('options');
    expect(errorOf(() => normalizeSelectOptions(Array.from({ length: 51 }, (_, i) => `o${i}`))).field).toBe('options');
  });
});

describe('parseCustomFieldValue', () => {
  it('clears on null, undefined and (for non-text) blank strings', () => {
    for (const type of ['TEXT', 'NUMBER', 'DATE', 'CHECKBOX', 'URL'] as const) {
      expect(parseCustomFieldValue(def(type), null)).toBeNull();
      expect(parseCustomFieldValue(def(type), undefined)).toBeNull();
      expect(parseCustomFieldValue(def(type), '  ')).toBeNull();
    }
    expect(parseCustomFieldValue(def('SELECT', ['A']), '')).toBeNull();
  });

  it('TEXT: trimmed string up to 1000 characters', () => {
    expect(parseCustomFieldValue(def('TEXT'), '  hello ')).toBe('hello');
    expect(parseCustomFieldValue(def('TEXT'), 'x'.repeat(1000))).toHaveLength(1000);
    const e = errorOf(() => parseCustomFieldValue(def('TEXT'), 'x'.repeat(1001)));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customFields.thing' });
    expect(errorOf(() => parseCustomFieldValue(def('TEXT'), 12)).field).toBe('customFields.thing');
  });

  it('NUMBER: finite JSON numbers from strings or numbers', () => {
    expect(parseCustomFieldValue(def('NUMBER'), '42')).toBe(42);
    expect(parseCustomFieldValue(def('NUMBER'), ' -3.5 ')).toBe(-3.5);
    expect(parseCustomFieldValue(def('NUMBER'), '1e3')).toBe(1000);
    expect(parseCustomFieldValue(def('NUMBER'), 7)).toBe(7);
    expect(Object.is(parseCustomFieldValue(def('NUMBER'), '-0'), 0)).toBe(true);
    for (const bad of ['abc', '12abc', '0x10', 'Infinity', 'NaN', '1e400', '1,5', Number.NaN, Infinity, true]) {
      expect(errorOf(() => parseCustomFieldValue(def('NUMBER'), bad)).field).toBe('customFields.thing');
    }
  });

  it('DATE: real calendar dates as YYYY-MM-DD', () => {
    expect(parseCustomFieldValue(def('DATE'), '2024-02-29')).toBe('2024-02-29');
    expect(parseCustomFieldValue(def('DATE'), '2025-12-31')).toBe('2025-12-31');
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-04-31',
      '2025-1-5',
      '05/01/2025',
      '2025-01-01T00:00:00Z',
      20250101,
    ]) {
      expect(errorOf(() => parseCustomFieldValue(def('DATE'), bad)).field).toBe('customFields.thing');
    }
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('SELECT: one of the options, exactly', () => {
    const tier = def('SELECT', ['Gold', 'Silver']);
    expect(parseCustomFieldValue(tier, 'Gold')).toBe('Gold');
    expect(errorOf(() => parseCustomFieldValue(tier, 'gold')).message).toMatch(/one of: Gold, Silver/);
    expect(errorOf(() => parseCustomFieldValue(tier, 'Bronze')).field).toBe('customFields.thing');
  });

  it('CHECKBOX: JSON booleans from booleans or "true"/"false"', () => {
    expect(parseCustomFieldValue(def('CHECKBOX'), 'true')).toBe(true);
    expect(parseCustomFieldValue(def('CHECKBOX'), 'FALSE')).toBe(false);
    expect(parseCustomFieldValue(def('CHECKBOX'), false)).toBe(false);
    for (const bad of ['yes', '1', 1])
      expect(errorOf(() => parseCustomFieldValue(def('CHECKBOX'), bad)).field).toBe('customFields.thing');
  });

  it('URL: http and https only', () => {
    expect(parseCustomFieldValue(def('URL'), ' https://example.com/a?b=1 ')).toBe('https://example.com/a?b=1');
    expect(parseCustomFieldValue(def('URL'), 'http://intranet.local')).toBe('http://intranet.local');
    expect(parseCustomFieldValue(def('URL'), 'http://localhost:3000/a#b')).toBe('http://localhost:3000/a#b');
    expect(parseCustomFieldValue(def('URL'), 'https://münchen.example/karte')).toBe('https://münchen.example/karte');
    for (const bad of [
      'javascript:alert(1)',
      'ftp://example.com',
      'example.com',
      'https://',
      'https://exa mple.com',
      'mailto:a@b.c',
      'https://a..b',
      'https://user@host.example',
      'https://-bad.example',
    ]) {
      expect(errorOf(() => parseCustomFieldValue(def('URL'), bad)).field).toBe('customFields.thing');
    }
  });
});

describe('value rendering', () => {
  it('exposes stored values as strings and ignores values of the wrong shape', () => {
    expect(customFieldValueToString(def('NUMBER'), 12.5)).toBe('12.5');
    expect(customFieldValueToString(def('CHECKBOX'), true)).toBe('true');
    expect(customFieldValueToString(def('DATE'), '2025-01-02')).toBe('2025-01-02');
    expect(customFieldValueToString(def('NUMBER'), '12')).toBeNull();
    expect(customFieldValueToString(def('TEXT'), undefined)).toBeNull();
  });

  it('displays checkboxes as Yes/No', () => {
    expect(displayCustomFieldValue(def('CHECKBOX'), true)).toBe('Yes');
    expect(displayCustomFieldValue(def('CHECKBOX'), false)).toBe('No');
    expect(displayCustomFieldValue(def('SELECT', ['Gold']), 'Gold')).toBe('Gold');
  });
});
