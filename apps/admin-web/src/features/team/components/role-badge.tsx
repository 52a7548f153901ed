import { Badge } from '@mantine/core';
import type { Role } from '@clientflow/domain';
import { ROLE_COLORS, ROLE_LABELS } from '../lib/roles';

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={ROLE_COLORS[role]} variant="light">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
