import { Badge, type BadgeProps } from '@mantine/core';
import type { ClientStatus } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';

export const CLIENT_STATUS_COLORS: Record<ClientStatus, string> = {
  PROSPECT: 'blue',
  ACTIVE: 'teal',
  PAUSED: 'yellow',
  INACTIVE: 'gray',
};

export function ClientStatusBadge({ status, ...props }: { status: ClientStatus } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge variant="light" color={CLIENT_STATUS_COLORS[status]} {...props}>
      {humanizeEnum(status)}
    </Badge>
  );
}
