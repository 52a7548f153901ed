import type { BillingMode, ProjectDetailFragment, ProjectType } from '@clientflow/graphql-types/admin';
import { fromMinorUnits, toMinorUnits } from '@clientflow/domain';

export interface ProjectFieldValues {
  name: string;
  description: string;
  type: ProjectType;
  startDate: string;
  estimatedEndDate: string;
  /** Major units, '' when empty. */
  value: number | '';
  billingMode: BillingMode;
  hourlyRate: number | '';
  budgetHours: number | '';
  progressOverride: number | '';
}

export const emptyProjectFields = (): ProjectFieldValues => ({
  name: '',
  description: '',
  type: 'OTHER',
  startDate: '',
  estimatedEndDate: '',
  value: '',
  billingMode: 'FIXED',
  hourlyRate: '',
  budgetHours: '',
  progressOverride: '',
});

export function projectFieldsFrom(p: ProjectDetailFragment, currency: string): ProjectFieldValues {
  return {
    name: p.name,
    description: p.description ?? '',
    type: p.type,
    startDate: p.startDate ?? '',
    estimatedEndDate: p.estimatedEndDate ?? '',
    value: p.value === null ? '' : fromMinorUnits(p.value, currency),
    billingMode: p.billingMode,
    hourlyRate: p.hourlyRate === null ? '' : fromMinorUnits(p.hourlyRate, currency),
    budgetHours: p.budgetMinutes === null ? '' : p.budgetMinutes / 60,
    progressOverride: p.progressOverride ?? '',
  };
}

/** The same rules the API applies, so most mistakes are caught before a round trip. */
export function validateProjectFieldValues(
  v: ProjectFieldValues,
  currency: string,
): Partial<Record<keyof ProjectFieldValues, string>> {
  const errors: Partial<Record<keyof ProjectFieldValues, string>> = {};
  if (!v.name.trim()) errors.name = 'Project name is required';
  else if (v.name.trim().length > 200) errors.name = 'At most 200 characters';
  if (v.startDate && v.estimatedEndDate && v.estimatedEndDate < v.startDate) {
    errors.estimatedEndDate = 'The end date cannot be before the start date';
  }
  if (v.value !== '' && v.value < 0) errors.value = 'Value cannot be negative';
  else if (v.value !== '' && toMinorUnits(v.value, currency) === null) errors.value = 'That amount is too large';
  if (v.billingMode === 'HOURLY' && v.hourlyRate === '') errors.hourlyRate = 'Hourly projects need an hourly rate';
  if (v.hourlyRate !== '' && v.hourlyRate < 0) errors.hourlyRate = 'Rate cannot be negative';
  else if (v.hourlyRate !== '' && toMinorUnits(v.hourlyRate, currency) === null)
    errors.hourlyRate = 'That amount is too large';
  if (v.budgetHours !== '' && v.budgetHours < 0) errors.budgetHours = 'Budget cannot be negative';
  if (v.progressOverride !== '' && (v.progressOverride < 0 || v.progressOverride > 100)) {
    errors.progressOverride = 'Progress is from 0 to 100';
  }
  return errors;
}

/**
 * The API input. Money fields are only sent by callers who can see financials (`withMoney`), so editing a
 * project without that permission never overwrites figures the user could not see.
 */
export function toProjectInput(v: ProjectFieldValues, currency: string, withMoney: boolean) {
  const input: Record<string, unknown> = {
    name: v.name.trim(),
    description: v.description.trim() || null,
    type: v.type,
    startDate: v.startDate || null,
    estimatedEndDate: v.estimatedEndDate || null,
    billingMode: v.billingMode,
    budgetMinutes: v.budgetHours === '' ? null : Math.round(v.budgetHours * 60),
    progressOverride: v.progressOverride === '' ? null : v.progressOverride,
  };
  if (withMoney) {
    input.value = v.value === '' ? 0 : toMinorUnits(v.value, currency);
    input.hourlyRate = v.hourlyRate === '' ? null : toMinorUnits(v.hourlyRate, currency);
  }
  return input;
}
