import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconDownload, IconMessageCircle, IconPencil } from '@tabler/icons-react';
import type { PortalDeliverableFieldsFragment } from '@clientflow/graphql-types/portal';
import { useFormatters, useT } from '../../../shared/i18n/i18n-provider';
import { CommentThread } from '../../projects/components/comment-thread';
import { DecisionModal } from './decision-modal';

export const DELIVERABLE_COLORS = {
  PENDING_APPROVAL: 'yellow',
  APPROVED: 'teal',
  CHANGES_REQUESTED: 'orange',
} as const;

/** One deliverable: its files, who decided and when, Approve / Request changes when the contact may decide. */
export function DeliverableCard({
  deliverable: d,
  showProject = true,
}: {
  deliverable: PortalDeliverableFieldsFragment;
  showProject?: boolean;
}) {
  const t = useT();
  const fmt = useFormatters();
  const [deciding, setDeciding] = useState<'APPROVED' | 'CHANGES_REQUESTED' | null>(null);
  const [showComments, setShowComments] = useState(false);
  const status = t(`approvals.status.${d.status}`);

  return (
    <Card data-testid="deliverable">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{d.title}</Text>
            <Text size="sm" c="dimmed">
              {[
                showProject ? d.projectName : null,
                t('approvals.version', { version: d.version }),
                d.dueDate ? t('approvals.due', { date: fmt.calendarDate(d.dueDate) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Badge color={DELIVERABLE_COLORS[d.status]} variant="light">
            {status}
          </Badge>
        </Group>
        {d.description && <Text size="sm">{d.description}</Text>}
        {d.files.length > 0 && (
          <Stack gap={4} aria-label={t('approvals.files')}>
            {d.files.map((f) => (
              <Anchor key={f.id} href={f.downloadUrl} size="sm" download>
                <Group gap={6} wrap="nowrap">
                  <IconDownload size={14} aria-hidden />
                  <span>
                    {f.fileName}
                    {f.version != null && f.version !== d.version ? ` (v${f.version})` : ''}
                  </span>
                </Group>
              </Anchor>
            ))}
          </Stack>
        )}
        {d.decidedAt && d.decidedBy && (
          <Text size="sm" c="dimmed">
            {t('approvals.decidedBy', {
              status,
              name: d.decidedBy.name,
              date: fmt.date(d.decidedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
            {d.decisionComment ? ` — “${d.decisionComment}”` : ''}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {d.canDecide && (
            <>
              <Button leftSection={<IconCheck size={16} />} color="teal" onClick={() => setDeciding('APPROVED')}>
                {t('approvals.approve')}
              </Button>
              <Button
                leftSection={<IconPencil size={16} />}
                variant="default"
                onClick={() => setDeciding('CHANGES_REQUESTED')}
              >
                {t('approvals.requestChanges')}
              </Button>
            </>
          )}
          <Button
            variant="subtle"
            leftSection={<IconMessageCircle size={16} />}
            onClick={() => setShowComments((v) => !v)}
            aria-expanded={showComments}
          >
            {t('comments.show')}
          </Button>
        </Group>
        {showComments && <CommentThread target="DELIVERABLE" id={d.id} />}
      </Stack>
      <DecisionModal deliverable={d} decision={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
