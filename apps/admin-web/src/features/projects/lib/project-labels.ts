import { PROJECT_TYPES, TASK_STATUSES, type ProjectStatus, type TaskStatus } from '@clientflow/domain';
import { humanizeEnum } from '../../../shared/lib/format';

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  ACTIVE: 'teal',
  PAUSED: 'yellow',
  COMPLETED: 'blue',
  CANCELLED: 'gray',
};

/** What the status menu calls each move. */
export const PROJECT_STATUS_ACTIONS: Record<ProjectStatus, string> = {
  ACTIVE: 'Mark active',
  PAUSED: 'Pause',
  COMPLETED: 'Mark completed',
  CANCELLED: 'Cancel project',
};

export const PROJECT_STATUS_OPTIONS = (['ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const).map((value) => ({
  value,
  label: humanizeEnum(value),
}));
export const PROJECT_TYPE_OPTIONS = PROJECT_TYPES.map((value) => ({ value, label: humanizeEnum(value) }));
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = { TODO: 'To do', IN_PROGRESS: 'In progress', DONE: 'Done' };
export const TASK_STATUS_OPTIONS = TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }));

const digitsOf = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Form amounts are in major units (12.50); the API speaks integer minor units (1250). */
export const toMinorUnits = (amount: number, currency: string) => Math.round(amount * 10 ** digitsOf(currency));
export const toMajorUnits = (minor: number, currency: string) => minor / 10 ** digitsOf(currency);
export const currencyDigits = digitsOf;

/** A calendar date (YYYY-MM-DD) shown in the workspace locale, without timezone drift. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
