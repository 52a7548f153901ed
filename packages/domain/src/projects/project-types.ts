/** The vocabulary of projects and delivery; the rules that use it live beside it in this folder. */
export const PROJECT_STATUSES = ['ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_TYPES = ['DEVELOPMENT', 'DESIGN', 'CONSULTING', 'MARKETING', 'OTHER'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const BILLING_MODES = ['FIXED', 'HOURLY'] as const;
export type BillingMode = (typeof BILLING_MODES)[number];

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const DELIVERABLE_STATUSES = ['PENDING_APPROVAL', 'APPROVED', 'CHANGES_REQUESTED'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

export const COMMENT_TARGETS = ['TASK', 'DELIVERABLE'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
