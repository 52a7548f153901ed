import { useQuery } from '@apollo/client/react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { ActionIcon, Badge, Button, Card, Group, Menu, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowsMove, IconGripVertical } from '@tabler/icons-react';
import { canTransitionClient, formatMoney, nextClientStatuses } from '@clientflow/domain';
import {
  PipelineColumnDocument,
  type ClientFilter,
  type ClientRowFragment,
  type ClientStatus,
} from '@clientflow/graphql-types/admin';
import { humanizeEnum, type WorkspaceFormat } from '../../../shared/lib/format';
import { CLIENT_STATUS_COLORS } from '../../clients/components/client-status-badge';
import { ClientAvatar } from './client-avatar';

export const COLUMN_PAGE = 20;

export interface PendingMove {
  client: ClientRowFragment;
  from: ClientStatus;
  to: ClientStatus;
}

interface PipelineColumnProps {
  status: ClientStatus;
  filter: ClientFilter;
  withFinancials: boolean;
  canEdit: boolean;
  /** The status of the card being dragged, if any. */
  dragFrom: ClientStatus | null;
  moves: PendingMove[];
  onMove: (client: ClientRowFragment, to: ClientStatus) => void;
  onOpen: (id: string) => void;
  format: WorkspaceFormat;
}

export function PipelineColumn(props: PipelineColumnProps) {
  const { status, filter, withFinancials, canEdit, dragFrom, moves, onMove, onOpen, format } = props;
  const { data, loading, error, fetchMore } = useQuery(PipelineColumnDocument, {
    variables: { filter: { ...filter, status: [status] }, page: { offset: 0, limit: COLUMN_PAGE }, withFinancials },
    context: { handledErrorCodes: ['*'] },
    notifyOnNetworkStatusChange: true,
  });
  const refuses = dragFrom !== null && dragFrom !== status && !canTransitionClient(dragFrom, status);
  const accepts = dragFrom !== null && dragFrom !== status && !refuses;
  const { setNodeRef, isOver } = useDroppable({ id: status, disabled: refuses || !canEdit });

  // Pending moves overlay the server's rows until the refetch after the mutation lands.
  const loaded = data?.clients.nodes ?? [];
  const loadedIds = new Set(loaded.map((c) => c.id));
  const movedOut = new Set(
    moves.filter((m) => m.from === status && loadedIds.has(m.client.id)).map((m) => m.client.id),
  );
  const movedIn = moves
    .filter((m) => m.to === status && !loadedIds.has(m.client.id))
    .map((m) => ({ ...m.client, status }));
  const nodes = [...movedIn, ...loaded.filter((c) => !movedOut.has(c.id))];
  const total = (data?.clients.totalCount ?? 0) + movedIn.length - movedOut.size;
  const loadMore = () =>
    fetchMore({
      variables: { page: { offset: data?.clients.nodes.length ?? 0, limit: COLUMN_PAGE } },
      updateQuery: (prev, { fetchMoreResult }) =>
        ({
          clients: {
            ...fetchMoreResult.clients,
            nodes: [...(prev.clients?.nodes ?? []), ...fetchMoreResult.clients.nodes],
          },
        }) as typeof fetchMoreResult,
    });

  return (
    // eslint-disable-next-line jsx-a11y/role-supports-aria-props -- aria-disabled is the refusal state tests read; people get the visible "can't move here" line
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="sm"
      role="region"
      aria-label={`${humanizeEnum(status)} column`}
      aria-disabled={refuses || undefined}
      data-refuses={refuses || undefined}
      bg={isOver && accepts ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
      style={{
        opacity: refuses ? 0.45 : 1,
        outline: accepts ? '2px dashed var(--mantine-color-blue-filled)' : undefined,
        cursor: refuses ? 'not-allowed' : undefined,
        minHeight: 240,
        transition: 'opacity 120ms',
      }}
    >
      <Group justify="space-between" mb="sm">
        <Group gap={6}>
          <Badge color={CLIENT_STATUS_COLORS[status]} variant="dot" size="lg">
            {humanizeEnum(status)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" aria-label={`${total}${data?.clients.totalCountExact === false ? '+' : ''} clients`}>
          {data ? `${total}${data.clients.totalCountExact ? '' : '+'}` : '…'}
        </Text>
      </Group>
      {refuses && (
        <Text size="xs" c="dimmed" mb="xs">
          {humanizeEnum(dragFrom!)} clients can't move here
        </Text>
      )}
      <Stack gap="xs">
        {error && (
          <Text size="sm" c="red">
            Could not load this column.
          </Text>
        )}
        {!data && loading && Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={72} radius="md" />)}
        {data && nodes.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            No clients
          </Text>
        )}
        {nodes.map((client) => (
          <PipelineCard
            key={client.id}
            client={client}
            canEdit={canEdit}
            withFinancials={withFinancials}
            onMove={onMove}
            onOpen={onOpen}
            format={format}
          />
        ))}
        {data?.clients.hasMore && (
          <Button variant="subtle" size="xs" loading={loading} onClick={() => void loadMore()}>
            Show more ({total - nodes.length} left)
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

interface PipelineCardProps {
  client: ClientRowFragment;
  canEdit: boolean;
  withFinancials: boolean;
  onMove: (client: ClientRowFragment, to: ClientStatus) => void;
  onOpen: (id: string) => void;
  format: WorkspaceFormat;
}

function PipelineCard({ client, canEdit, withFinancials, onMove, onOpen, format }: PipelineCardProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: client.id,
    data: { client },
    disabled: !canEdit,
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 } : undefined;

  return (
    <Card
      ref={setNodeRef}
      withBorder
      radius="md"
      padding="xs"
      shadow={isDragging ? 'md' : undefined}
      style={style}
      aria-label={client.name}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {canEdit && (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Drag ${client.name}`}
            {...attributes}
            {...listeners}
            style={{ cursor: 'grab', touchAction: 'none' }}
          >
            <IconGripVertical size={16} />
          </ActionIcon>
        )}
        <ClientAvatar name={client.name} status={client.status} logoUrl={client.logoUrl} size="sm" />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text
            size="sm"
            fw={600}
            truncate="end"
            component="button"
            onClick={() => onOpen(client.id)}
            style={{
              background: 'none',
              border: 0,
              padding: 0,
              textAlign: 'left',
              cursor: 'pointer',
              color: 'inherit',
            }}
          >
            {client.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {client.primaryContact?.name ?? 'No primary contact'}
          </Text>
          {withFinancials && (
            <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(client.totalValue ?? 0, format)}
            </Text>
          )}
        </Stack>
        {canEdit && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${client.name}`}>
                <IconArrowsMove size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Move to</Menu.Label>
              {(['PROSPECT', 'ACTIVE', 'PAUSED', 'INACTIVE'] as const)
                .filter((s) => s !== client.status)
                .map((s) => (
                  <Menu.Item
                    key={s}
                    disabled={!nextClientStatuses(client.status).includes(s)}
                    onClick={() => onMove(client, s)}
                  >
                    {humanizeEnum(s)}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Card>
  );
}
