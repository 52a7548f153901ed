import {
  assertProjectTransition,
  canTransitionProject,
  countsTowardClientValue,
  isProjectOverdue,
  nextProjectStatuses,
  progressFromCounts,
  projectProgress,
  projectTransitionEvent,
  validateProjectFields,
  type ProjectFields,
} from './project-rules';
import { isIsoDate } from '../dates/calendar-date';

describe('projectProgress', () => {
  it('is 0 without tasks', () => expect(projectProgress({ progressOverride: null, tasks: [] })).toBe(0));
  it('counts DONE tasks as a whole percent, rounded down', () => {
    const tasks = [{ status: 'DONE' as const }, { status: 'TODO' as const }, { status: 'IN_PROGRESS' as const }];
    expect(projectProgress({ progressOverride: null, tasks })).toBe(33);
    expect(projectProgress({ progressOverride: null, tasks: [{ status: 'DONE' }, { status: 'DONE' }] })).toBe(100);
  });
  it('uses the override when set, even 0', () => {
    expect(projectProgress({ progressOverride: 0, tasks: [{ status: 'DONE' }] })).toBe(0);
    expect(projectProgress({ progressOverride: 75, tasks: [] })).toBe(75);
  });
  it('agrees with the count form', () => {
    expect(progressFromCounts(null, 2, 3)).toBe(66);
    expect(progressFromCounts(null, 0, 0)).toBe(0);
    expect(progressFromCounts(40, 3, 3)).toBe(40);
  });
});

describe('project status transitions', () => {
  it('allows pause/resume, finishing from open states and reopening', () => {
    expect(canTransitionProject('ACTIVE', 'PAUSED')).toBe(true);
    expect(canTransitionProject('PAUSED', 'ACTIVE')).toBe(true);
    for (const from of ['ACTIVE', 'PAUSED'] as const) {
      expect(canTransitionProject(from, 'COMPLETED')).toBe(true);
      expect(canTransitionProject(from, 'CANCELLED')).toBe(true);
    }
    expect(canTransitionProject('COMPLETED', 'ACTIVE')).toBe(true);
  });
  it('refuses the rest with a BAD_USER_INPUT on status', () => {
    expect(canTransitionProject('COMPLETED', 'PAUSED')).toBe(false);
    expect(canTransitionProject('CANCELLED', 'ACTIVE')).toBe(false);
    expect(nextProjectStatuses('CANCELLED')).toEqual([]);
    expect(() => assertProjectTransition('COMPLETED', 'CANCELLED')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' }),
    );
  });
  it('names the timeline event of each transition', () => {
    expect(projectTransitionEvent('ACTIVE', 'COMPLETED', 'Site')).toBe('Project "Site" completed');
    expect(projectTransitionEvent('COMPLETED', 'ACTIVE', 'Site')).toBe('Project "Site" reopened');
    expect(projectTransitionEvent('PAUSED', 'CANCELLED', 'Site')).toBe('Project "Site" cancelled');
  });
  it('leaves cancelled projects out of the client value', () => {
    expect(countsTowardClientValue('CANCELLED')).toBe(false);
    expect(countsTowardClientValue('COMPLETED')).toBe(true);
  });
});

describe('isProjectOverdue', () => {
  it('is overdue only while open and past the end date', () => {
    expect(isProjectOverdue({ status: 'ACTIVE', estimatedEndDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isProjectOverdue({ status: 'ACTIVE', estimatedEndDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isProjectOverdue({ status: 'COMPLETED', estimatedEndDate: '2026-01-01' }, '2026-03-01')).toBe(false);
    expect(isProjectOverdue({ status: 'PAUSED', estimatedEndDate: null }, '2026-03-01')).toBe(false);
  });
});

describe('validateProjectFields', () => {
  const ok: ProjectFields = {
    name: 'Website',
    startDate: '2026-01-01',
    estimatedEndDate: '2026-02-01',
    value: 100_00,
    billingMode: 'FIXED',
    hourlyRate: null,
    budgetMinutes: null,
    progressOverride: null,
  };
  const fieldOf = (patch: Partial<ProjectFields>) => {
    try {
      validateProjectFields({ ...ok, ...patch });
      return null;
    } catch (e) {
      return (e as { field?: string }).field;
    }
  };
  it('accepts a valid project', () => expect(fieldOf({})).toBeNull());
  it('names the broken field', () => {
    expect(fieldOf({ name: '  ' })).toBe('name');
    expect(fieldOf({ name: 'x'.repeat(201) })).toBe('name');
    expect(fieldOf({ startDate: '2026-02-30' })).toBe('startDate');
    expect(fieldOf({ estimatedEndDate: '2025-12-31' })).toBe('estimatedEndDate');
    expect(fieldOf({ value: -1 })).toBe('value');
    expect(fieldOf({ billingMode: 'HOURLY' })).toBe('hourlyRate');
    expect(fieldOf({ budgetMinutes: -5 })).toBe('budgetMinutes');
    expect(fieldOf({ progressOverride: 101 })).toBe('progressOverride');
  });
  it('checks real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});
