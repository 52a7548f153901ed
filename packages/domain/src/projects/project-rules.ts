import { DomainError, badInput } from '../errors/domain-error';
import type { BillingMode, ProjectStatus, TaskStatus } from './project-types';
import { isIsoDate } from '../dates/calendar-date';

/**
 * ACTIVE ⇄ PAUSED; ACTIVE/PAUSED → COMPLETED/CANCELLED; COMPLETED → ACTIVE (reopen).
 * CANCELLED is final: a cancelled deal that comes back is a new project.
 */
export const PROJECT_STATUS_TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  ACTIVE: ['PAUSED', 'COMPLETED', 'CANCELLED'],
  PAUSED: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: ['ACTIVE'],
  CANCELLED: [],
};

export function nextProjectStatuses(from: ProjectStatus): readonly ProjectStatus[] {
  return PROJECT_STATUS_TRANSITIONS[from];
}

export function canTransitionProject(from: ProjectStatus, to: ProjectStatus): boolean {
  return PROJECT_STATUS_TRANSITIONS[from].includes(to);
}

export function assertProjectTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (!canTransitionProject(from, to)) {
    throw new DomainError('BAD_USER_INPUT', `A project cannot move from ${from} to ${to}`, 'status');
  }
}

/** What a status change means on the client's timeline; null when it is not worth an event (pausing, resuming). */
export function projectTransitionEvent(from: ProjectStatus, to: ProjectStatus, name: string): string | null {
  if (to === 'COMPLETED') return `Project "${name}" completed`;
  if (to === 'CANCELLED') return `Project "${name}" cancelled`;
  if (to === 'ACTIVE' && from === 'COMPLETED') return `Project "${name}" reopened`;
  if (to === 'ACTIVE' && from === 'PAUSED') return `Project "${name}" resumed`;
  if (to === 'PAUSED') return `Project "${name}" paused`;
  return null;
}

/** Projects whose value counts in the client's total value: everything except CANCELLED (the money is not coming). */
export function countsTowardClientValue(status: ProjectStatus): boolean {
  return status !== 'CANCELLED';
}

/** Progress in whole percent: the override when set, else DONE tasks over all tasks (0 without tasks). */
export function projectProgress(input: {
  progressOverride: number | null;
  tasks: readonly { status: TaskStatus }[];
}): number {
  if (input.progressOverride !== null && input.progressOverride !== undefined) return input.progressOverride;
  if (!input.tasks.length) return 0;
  const done = input.tasks.filter((t) => t.status === 'DONE').length;
  return Math.floor((done * 100) / input.tasks.length);
}

/** Same as `projectProgress` from counts (what an aggregated query gives). */
export function progressFromCounts(progressOverride: number | null, done: number, total: number): number {
  if (progressOverride !== null) return progressOverride;
  return total ? Math.floor((done * 100) / total) : 0;
}

/** A project is overdue when it is still open (ACTIVE or PAUSED) and its estimated end date is before `today`. */
export function isProjectOverdue(
  p: { status: ProjectStatus; estimatedEndDate: string | null },
  today: string,
): boolean {
  return (p.status === 'ACTIVE' || p.status === 'PAUSED') && !!p.estimatedEndDate && p.estimatedEndDate < today;
}

export interface ProjectFields {
  name: string;
  startDate: string | null;
  estimatedEndDate: string | null;
  value: number;
  billingMode: BillingMode;
  hourlyRate: number | null;
  budgetMinutes: number | null;
  progressOverride: number | null;
}

/** The rules a project's stored fields must satisfy together; the first broken one names its field. */
export function validateProjectFields(p: ProjectFields): void {
  const name = p.name.trim();
  if (!name) throw badInput('name', 'name is required');
  if (name.length > 200) throw badInput('name', 'name must be at most 200 characters');
  if (p.startDate !== null && !isIsoDate(p.startDate))
    throw badInput('startDate', 'startDate must be a date (YYYY-MM-DD)');
  if (p.estimatedEndDate !== null && !isIsoDate(p.estimatedEndDate)) {
    throw badInput('estimatedEndDate', 'estimatedEndDate must be a date (YYYY-MM-DD)');
  }
  if (p.startDate && p.estimatedEndDate && p.estimatedEndDate < p.startDate) {
    throw badInput('estimatedEndDate', 'the end date cannot be before the start date');
  }
  if (!Number.isSafeInteger(p.value) || p.value < 0)
    throw badInput('value', 'value must be zero or more (minor units)');
  if (p.hourlyRate !== null && (!Number.isSafeInteger(p.hourlyRate) || p.hourlyRate < 0)) {
    throw badInput('hourlyRate', 'hourly rate must be zero or more (minor units)');
  }
  if (p.billingMode === 'HOURLY' && p.hourlyRate === null)
    throw badInput('hourlyRate', 'hourly projects need an hourly rate');
  if (p.budgetMinutes !== null && (!Number.isInteger(p.budgetMinutes) || p.budgetMinutes < 0)) {
    throw badInput('budgetMinutes', 'budget must be zero or more');
  }
  if (
    p.progressOverride !== null &&
    (!Number.isInteger(p.progressOverride) || p.progressOverride < 0 || p.progressOverride > 100)
  ) {
    throw badInput('progressOverride', 'progress must be a whole number from 0 to 100');
  }
}
