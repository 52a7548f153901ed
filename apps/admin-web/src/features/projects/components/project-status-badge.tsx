import { Badge } from '@mantine/core';
import type { ProjectStatus } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';
import { PROJECT_STATUS_COLORS } from '../lib/project-labels';

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return (
    <Badge color={PROJECT_STATUS_COLORS[status]} variant="light">
      {humanizeEnum(status)}
    </Badge>
  );
}
