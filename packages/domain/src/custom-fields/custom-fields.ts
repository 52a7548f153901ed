import { badInput } from '../errors/domain-error';

export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'DATE', 'SELECT', 'CHECKBOX', 'URL'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/**
 * What `client.customFields[key]` holds; other modules filter on it, so it never changes:
 * TEXT/URL/SELECT → string, NUMBER → number, DATE → 'YYYY-MM-DD', CHECKBOX → boolean.
 */
export type CustomFieldStoredValue = string | number | boolean;

export interface CustomFieldDefinitionLike {
  key: string;
  label: string;
  type: CustomFieldType;
  options: readonly string[];
}

export const CUSTOM_FIELD_LIMITS = {
  labelMax: 60,
  helpTextMax: 300,
  keyMax: 40,
  textMax: 1000,
  urlMax: 2000,
  optionMax: 100,
  optionsMax: 50,
  definitionsPerWorkspace: 100,
} as const;

export function isCustomFieldType(value: string): value is CustomFieldType {
  return (CUSTOM_FIELD_TYPES as readonly string[]).includes(value);
}

/**
 * A stable key from a label: lower-case ASCII words joined by `_`, starting with a letter, at most 40 chars.
 * `taken` keys get a numeric suffix (`budget`, `budget_2`, …) so keys stay unique per workspace.
 */
export function slugifyCustomFieldKey(label: string, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  let base = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) base = 'field';
  if (!/^[a-z]/.test(base)) base = `f_${base}`;
  base = base.slice(0, CUSTOM_FIELD_LIMITS.keyMax).replace(/_+$/, '');
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, CUSTOM_FIELD_LIMITS.keyMax - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Trims, drops blanks, refuses duplicates (case-insensitive) and over-long options. */
export function normalizeSelectOptions(options: readonly string[], field = 'options'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of options) {
    const option = raw.trim();
    if (!option) continue;
    if (option.length > CUSTOM_FIELD_LIMITS.optionMax) {
      throw badInput(field, `each option must be at most ${CUSTOM_FIELD_LIMITS.optionMax} characters`);
    }
    const folded = option.toLowerCase();
    if (seen.has(folded)) throw badInput(field, `the option "${option}" is listed twice`);
    seen.add(folded);
    out.push(option);
  }
  if (out.length > CUSTOM_FIELD_LIMITS.optionsMax)
    throw badInput(field, `a field can have at most ${CUSTOM_FIELD_LIMITS.optionsMax} options`);
  return out;
}

/** Validates a definition's label, help text and options for its type; returns the cleaned values. */
export function validateCustomFieldDefinition(input: {
  label: string;
  type: CustomFieldType;
  helpText?: string | null;
  options?: readonly string[] | null;
}): { label: string; helpText: string | null; options: string[] } {
  const label = input.label.trim().replace(/\s+/g, ' ');
  if (!label) throw badInput('label', 'label is required');
  if (label.length > CUSTOM_FIELD_LIMITS.labelMax)
    throw badInput('label', `label must be at most ${CUSTOM_FIELD_LIMITS.labelMax} characters`);
  const helpText = input.helpText?.trim() || null;
  if (helpText && helpText.length > CUSTOM_FIELD_LIMITS.helpTextMax) {
    throw badInput('helpText', `help text must be at most ${CUSTOM_FIELD_LIMITS.helpTextMax} characters`);
  }
  if (input.type !== 'SELECT') {
    if (input.options?.some((o) => o.trim())) throw badInput('options', 'only SELECT fields have options');
    return { label, helpText, options: [] };
  }
  const options = normalizeSelectOptions(input.options ?? []);
  if (!options.length) throw badInput('options', 'a select field needs at least one option');
  return { label, helpText, options };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

// http(s) only, a host name (letters, digits, hyphens; IDNs allowed) or an IPv6 literal, optional port, path/query/fragment.
const HTTP_URL =
  /^https?:\/\/(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/**
 * Turns raw input (a form string, or an already-typed value from an import) into the stored value, or null to clear.
 * Bad input throws BAD_USER_INPUT naming `customFields.<key>`.
 */
export function parseCustomFieldValue(
  definition: CustomFieldDefinitionLike,
  raw: unknown,
): CustomFieldStoredValue | null {
  const field = `customFields.${definition.key}`;
  const fail = (message: string) => badInput(field, `${definition.label}: ${message}`);
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' && raw.trim() === '' && definition.type !== 'TEXT') return null;
  switch (definition.type) {
    case 'TEXT': {
      if (typeof raw !== 'string') throw fail('must be text');
      const text = raw.trim();
      if (!text) return null;
      if (text.length > CUSTOM_FIELD_LIMITS.textMax)
        throw fail(`must be at most ${CUSTOM_FIELD_LIMITS.textMax} characters`);
      return text;
    }
    case 'NUMBER': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw.trim())
            ? Number(raw.trim())
            : NaN;
      if (!Number.isFinite(n)) throw fail('must be a number');
      return n === 0 ? 0 : n; // no -0 in storage
    }
    case 'DATE': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (!isCalendarDate(text)) throw fail('must be a real date written as YYYY-MM-DD');
      return text;
    }
    case 'SELECT': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (!definition.options.includes(text)) throw fail(`must be one of: ${definition.options.join(', ')}`);
      return text;
    }
    case 'CHECKBOX': {
      if (typeof raw === 'boolean') return raw;
      const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (text === 'true') return true;
      if (text === 'false') return false;
      throw fail('must be true or false');
    }
    case 'URL': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (text.length > CUSTOM_FIELD_LIMITS.urlMax || !isHttpUrl(text))
        throw fail('must be a web address starting with http:// or https://');
      return text;
    }
  }
}

/** The stored value as the string the API exposes (`value`), or null when nothing usable is stored. */
export function customFieldValueToString(definition: CustomFieldDefinitionLike, stored: unknown): string | null {
  if (stored === null || stored === undefined) return null;
  switch (definition.type) {
    case 'NUMBER':
      return typeof stored === 'number' && Number.isFinite(stored) ? String(stored) : null;
    case 'CHECKBOX':
      return typeof stored === 'boolean' ? String(stored) : null;
    default:
      return typeof stored === 'string' ? stored : null;
  }
}

/** A human-readable rendering; locale-aware formatting of numbers and dates is left to the client. */
export function displayCustomFieldValue(definition: CustomFieldDefinitionLike, stored: unknown): string | null {
  const value = customFieldValueToString(definition, stored);
  if (value === null) return null;
  if (definition.type === 'CHECKBOX') return value === 'true' ? 'Yes' : 'No';
  return value;
}
