import { Badge, Stack, Text, Timeline, Title } from '@mantine/core';
import type { DeliverableDetailFragment } from '@clientflow/graphql-types/admin';
import { formatDate } from '../../../shared/lib/format';
import { useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { DELIVERABLE_STATUS_META } from '../lib/deliverable-status';

export function DecisionHistory({ decisions }: { decisions: DeliverableDetailFragment['decisions'] }) {
  const format = useWorkspaceFormat();
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Decision history
      </Title>
      {decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No decisions yet.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label="Decision history">
          {decisions.map((d) => {
            const meta = DELIVERABLE_STATUS_META[d.status];
            return (
              <Timeline.Item
                key={d.id}
                color={meta.color}
                title={
                  <Text size="sm" fw={500} component="div">
                    Version {d.version}{' '}
                    <Badge size="xs" color={meta.color} variant="light">
                      {meta.label}
                    </Badge>
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {d.decidedBy ? `${d.decidedBy.name}${d.decidedBy.kind === 'CONTACT' ? ' (client)' : ''}` : 'Unknown'}{' '}
                  · {formatDate(d.decidedAt, format)}
                </Text>
                {d.comment && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {d.comment}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}
