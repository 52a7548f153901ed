import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ClientRowFragment } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';
import { type WorkspaceFormat } from '../../../shared/lib/format';
import { ClientStatusBadge } from '../../clients/components/client-status-badge';
import { ClientAvatar } from './client-avatar';
import { ClientQuickActions } from './client-quick-actions';

interface ClientCardsProps {
  clients: readonly ClientRowFragment[];
  loading: boolean;
  showValue: boolean;
  onOpen: (id: string) => void;
  format: WorkspaceFormat;
}

export function ClientCards({ clients, loading, showValue, onOpen, format }: ClientCardsProps) {
  if (loading && clients.length === 0) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} p="md" aria-busy>
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={132} radius="md" data-testid="skeleton-card" />
        ))}
      </SimpleGrid>
    );
  }
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 3, xl: 4 }}
      p="md"
      aria-label="Clients"
      role="list"
      style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }}
    >
      {clients.map((client) => (
        <Card
          key={client.id}
          withBorder
          radius="md"
          padding="md"
          role="listitem"
          aria-label={client.name}
          tabIndex={0}
          style={{ cursor: 'pointer' }}
          onClick={() => onOpen(client.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(client.id);
          }}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <ClientAvatar name={client.name} status={client.status} logoUrl={client.logoUrl} size="lg" />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} truncate="end">
                  {client.name}
                </Text>
                <ClientStatusBadge status={client.status} size="sm" />
              </Stack>
            </Group>
            <ClientQuickActions client={client} onOpen={onOpen} />
          </Group>
          <Stack gap={2} mt="sm">
            <Text size="sm" c={client.primaryContact ? undefined : 'dimmed'} truncate="end">
              {client.primaryContact?.name ?? 'No primary contact'}
            </Text>
            {client.email && (
              <Anchor href={`mailto:${client.email}`} size="sm" truncate="end" onClick={(e) => e.stopPropagation()}>
                {client.email}
              </Anchor>
            )}
            {showValue && (
              <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(client.totalValue ?? 0, format)}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
