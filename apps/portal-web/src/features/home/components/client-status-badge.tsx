import { Badge } from '@mantine/core';
import type { ClientStatus } from '@clientflow/graphql-types/portal';
import { useT } from '../../../shared/i18n/i18n-provider';

const STATUS_COLORS: Record<ClientStatus, string> = {
  PROSPECT: 'brand',
  ACTIVE: 'teal',
  PAUSED: 'yellow',
  INACTIVE: 'gray',
};

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size="lg" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
