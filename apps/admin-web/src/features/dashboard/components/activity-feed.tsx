import { Anchor, Badge, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DashboardQuery } from '@clientflow/graphql-types/admin';
import { formatRelative, humanizeEnum } from '../../../shared/lib/format';
import { clientHref } from '../lib/dashboard-links';

type Activity = DashboardQuery['dashboard']['recentActivity'][number];

export function ActivityFeed({
  items,
  loading,
  locale,
}: {
  items: Activity[] | undefined;
  loading: boolean;
  locale: string;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="sm">
        Recent activity
      </Title>
      {loading && !items ? (
        <Stack gap="sm" aria-busy="true">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : !items?.length ? (
        <EmptyState
          icon={<IconTimeline />}
          title="No activity yet"
          description="Meetings, notes and project events of your clients show up here."
        />
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((e) => (
            <Group
              key={e.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py={8}
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <div style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  {e.summary}
                </Text>
                <Group gap={6}>
                  <Anchor component={Link} to={clientHref(e.clientId)} size="xs">
                    {e.clientName}
                  </Anchor>
                  <Badge size="xs" variant="light" color="gray">
                    {humanizeEnum(e.type)}
                  </Badge>
                </Group>
              </div>
              <Text
                size="xs"
                c="dimmed"
                style={{ whiteSpace: 'nowrap' }}
                title={new Date(e.occurredAt).toLocaleString(locale)}
              >
                {formatRelative(e.occurredAt, locale)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
