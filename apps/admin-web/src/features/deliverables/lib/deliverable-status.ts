import type { DeliverableStatus } from '@clientflow/graphql-types/admin';

export const DELIVERABLE_STATUS_META: Record<DeliverableStatus, { label: string; color: string }> = {
  PENDING_APPROVAL: { label: 'Awaiting approval', color: 'yellow' },
  APPROVED: { label: 'Approved', color: 'teal' },
  CHANGES_REQUESTED: { label: 'Changes requested', color: 'red' },
};
