import { Badge } from '@mantine/core';
import type { DeliverableStatus } from '@clientflow/graphql-types/admin';
import { DELIVERABLE_STATUS_META } from '../lib/deliverable-status';

export function DeliverableStatusBadge({ status }: { status: DeliverableStatus }) {
  const meta = DELIVERABLE_STATUS_META[status];
  return (
    <Badge color={meta.color} variant="light">
      {meta.label}
    </Badge>
  );
}
