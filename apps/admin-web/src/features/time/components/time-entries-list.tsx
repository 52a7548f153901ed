import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import {
  DeleteTimeEntryDocument,
  MyTimesheetDocument,
  type TimeEntryFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { type WorkspaceFormat } from '../../../shared/lib/format';
import { formatMinutes } from '../lib/time-format';

interface Props {
  entries: TimeEntryFieldsFragment[];
  format: WorkspaceFormat;
  showCost: boolean;
  onEdit(entry: TimeEntryFieldsFragment): void;
}

const dayLabel = (iso: string, locale: string) =>
  formatCalendarDate(iso, locale, { weekday: 'long', day: 'numeric', month: 'short' });

/** The week's entries by day, newest day first, with edit and delete (locked once billed). */
export function TimeEntriesList({ entries, format, showCost, onEdit }: Props) {
  const [deleting, setDeleting] = useState<TimeEntryFieldsFragment | null>(null);
  const [remove, removing] = useMutation(DeleteTimeEntryDocument, { refetchQueries: [MyTimesheetDocument] });
  const days = [...new Set(entries.map((e) => e.date))].sort().reverse();

  return (
    <Stack gap="md">
      {days.map((day) => (
        <Paper key={day} withBorder radius="md" p="sm">
          <Text size="sm" fw={700} mb={4}>
            {dayLabel(day, format.locale)}
          </Text>
          {entries
            .filter((e) => e.date === day)
            .map((e) => (
              <Group
                key={e.id}
                justify="space-between"
                wrap="nowrap"
                py={6}
                gap="sm"
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              >
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {e.description || (
                      <Text span c="dimmed">
                        No description
                      </Text>
                    )}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed" truncate>
                      {e.project?.name}
                      {e.project?.clientName ? ` · ${e.project.clientName}` : ''}
                    </Text>
                    {!e.billable && (
                      <Badge size="xs" color="gray" variant="light">
                        Non-billable
                      </Badge>
                    )}
                    {showCost && e.costRate != null && (
                      <Text
                        size="xs"
                        c="dimmed"
                      >{`Cost ${formatMoney(Math.round((e.minutes * e.costRate) / 60), format)}`}</Text>
                    )}
                  </Group>
                </div>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" fw={600} mr="xs" style={{ whiteSpace: 'nowrap' }}>
                    {formatMinutes(e.minutes)}
                  </Text>
                  {e.billed ? (
                    <Tooltip label="Billed on an invoice: locked">
                      <IconLock size={16} aria-label="Billed" />
                    </Tooltip>
                  ) : e.canEdit ? (
                    <>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Edit ${e.description || 'entry'}`}
                        onClick={() => onEdit(e)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Delete ${e.description || 'entry'}`}
                        onClick={() => setDeleting(e)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </>
                  ) : null}
                </Group>
              </Group>
            ))}
        </Paper>
      ))}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete time entry?"
        confirmLabel="Delete entry"
        loading={removing.loading}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await remove({ variables: { id: deleting.id } }).catch(() => null);
          setDeleting(null);
        }}
      >
        <Text size="sm">
          {deleting
            ? `${formatMinutes(deleting.minutes)} on ${deleting.project?.name ?? 'the project'} will be removed.`
            : ''}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
