import { CUSTOM_FIELD_LIMITS, DomainError, validateCustomFieldDefinition } from '@clientflow/domain';
import type {
  CreateCustomFieldDefinitionInput,
  CustomFieldDefinitionFieldsFragment,
  CustomFieldType,
  UpdateCustomFieldDefinitionInput,
} from '@clientflow/graphql-types/admin';

export const CUSTOM_FIELD_TYPE_LABELS: Record<CustomFieldType, string> = {
  TEXT: 'Text',
  NUMBER: 'Number',
  DATE: 'Date',
  SELECT: 'Select',
  CHECKBOX: 'Checkbox',
  URL: 'Link',
};

export const CUSTOM_FIELD_TYPE_COLORS: Record<CustomFieldType, string> = {
  TEXT: 'gray',
  NUMBER: 'blue',
  DATE: 'grape',
  SELECT: 'teal',
  CHECKBOX: 'orange',
  URL: 'indigo',
};

export const CUSTOM_FIELD_TYPE_HINTS: Record<CustomFieldType, string> = {
  TEXT: 'Free text, up to 1000 characters',
  NUMBER: 'Any number, like 12 or 3.5',
  DATE: 'A calendar date',
  SELECT: 'One choice from a list you define',
  CHECKBOX: 'Yes or no',
  URL: 'A web address starting with http:// or https://',
};

export interface CustomFieldFormValues {
  label: string;
  type: CustomFieldType;
  helpText: string;
  options: string[];
}

export const emptyCustomFieldForm = (): CustomFieldFormValues => ({
  label: '',
  type: 'TEXT',
  helpText: '',
  options: [''],
});

export function customFieldFormFrom(definition: CustomFieldDefinitionFieldsFragment): CustomFieldFormValues {
  return {
    label: definition.label,
    type: definition.type,
    helpText: definition.helpText ?? '',
    options: definition.type === 'SELECT' ? [...definition.options] : [''],
  };
}

/** The domain's own rules, so the form says exactly what the server would. */
export function validateCustomFieldForm(values: CustomFieldFormValues): Record<string, string> {
  try {
    validateCustomFieldDefinition({
      label: values.label,
      type: values.type,
      helpText: values.helpText,
      options: values.type === 'SELECT' ? values.options : [],
    });
    return {};
  } catch (error) {
    if (error instanceof DomainError && error.field) return { [error.field]: capitalise(error.message) };
    throw error;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const cleanOptions = (values: CustomFieldFormValues) => values.options.map((o) => o.trim()).filter(Boolean);

export function toCreateInput(values: CustomFieldFormValues): CreateCustomFieldDefinitionInput {
  return {
    label: values.label.trim(),
    type: values.type,
    helpText: values.helpText.trim() || null,
    ...(values.type === 'SELECT' ? { options: cleanOptions(values) } : {}),
  };
}

export function toUpdateInput(values: CustomFieldFormValues): UpdateCustomFieldDefinitionInput {
  return {
    label: values.label.trim(),
    helpText: values.helpText.trim() || null,
    ...(values.type === 'SELECT' ? { options: cleanOptions(values) } : {}),
  };
}

export const MAX_OPTIONS = CUSTOM_FIELD_LIMITS.optionsMax;
export const MAX_LABEL = CUSTOM_FIELD_LIMITS.labelMax;
export const MAX_HELP = CUSTOM_FIELD_LIMITS.helpTextMax;
