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
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};
export const TASK_STATUS_OPTIONS = TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }));
