import { CUSTOM_FIELD_LIMITS, DomainError, formatCalendarDate, parseCustomFieldValue } from '@clientflow/domain';
import type { CustomFieldDefinitionFieldsFragment } from '@clientflow/graphql-types/admin';

/** Draft values as the inline editors hold them: text for most types, a number for NUMBER, a boolean for CHECKBOX. */
export type CustomFieldDraft = string | number | boolean | null;

export function draftFrom(definition: CustomFieldDefinitionFieldsFragment, value: string | null): CustomFieldDraft {
  if (definition.type === 'CHECKBOX') return value === 'true';
  if (definition.type === 'NUMBER') return value === null ? '' : Number(value);
  return value ?? '';
}

/** The API takes every value as a string; empty means clear. */
export function draftToInput(definition: CustomFieldDefinitionFieldsFragment, draft: CustomFieldDraft): string | null {
  if (draft === null || draft === '') return null;
  if (definition.type === 'CHECKBOX') return draft ? 'true' : 'false';
  return String(draft).trim() === '' ? null : String(draft);
}

/** Checks a draft with the same rules the server applies; returns the message to show, or null. */
export function draftError(definition: CustomFieldDefinitionFieldsFragment, draft: CustomFieldDraft): string | null {
  try {
    parseCustomFieldValue(definition, draftToInput(definition, draft));
    return null;
  } catch (error) {
    if (error instanceof DomainError)
      return error.message.replace(`${definition.label}: `, '').replace(/^./, (c) => c.toUpperCase());
    throw error;
  }
}

export function formatCustomFieldValue(
  definition: CustomFieldDefinitionFieldsFragment,
  value: string | null,
  locale: string,
): string | null {
  if (value === null) return null;
  switch (definition.type) {
    case 'NUMBER': {
      const n = Number(value);
      return Number.isFinite(n) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(n) : value;
    }
    case 'DATE': {
      return formatCalendarDate(value, locale) || value;
    }
    case 'CHECKBOX':
      return value === 'true' ? 'Yes' : 'No';
    default:
      return value;
  }
}

export const MAX_TEXT_VALUE = CUSTOM_FIELD_LIMITS.textMax;
