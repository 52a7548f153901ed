import { useState } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { canChangeTicketStatus, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@clientflow/domain';
import type { TicketRowFragment } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useTicketAssignees } from '../hooks/use-ticket-assignees';
import { useTicketUpdates } from '../hooks/use-ticket-mutations';
import { PRIORITY_OPTIONS, TICKET_STATUS_HINTS, TICKET_STATUS_LABELS } from '../lib/ticket-labels';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

interface TicketControlsProps {
  ticket: TicketRowFragment;
  viewerId: string;
  canEdit: boolean;
}

type Field = 'status' | 'priority' | 'assignee';

/** Status, priority and assignee: selects for editors (the API's refusal shown under the select), plain values otherwise. */
export function TicketControls({ ticket, viewerId, canEdit }: TicketControlsProps) {
  const { members } = useTicketAssignees();
  const { setStatus, setPriority, assign, loading } = useTicketUpdates();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  if (!canEdit) {
    return (
      <Stack gap="sm" role="group" aria-label="Ticket details">
        <ReadOnly label="Status">
          <TicketStatusBadge status={ticket.status} />
        </ReadOnly>
        <ReadOnly label="Priority">
          <TicketPriorityBadge priority={ticket.priority} />
        </ReadOnly>
        <ReadOnly label="Assignee">
          <Text size="sm">{ticket.assignee?.name ?? 'Unassigned'}</Text>
        </ReadOnly>
      </Stack>
    );
  }

  const run = async (field: Field, action: () => Promise<unknown>) => {
    setErrors((e) => ({ ...e, [field]: undefined }));
    try {
      await action();
    } catch (err) {
      setErrors((e) => ({ ...e, [field]: apiErrorInfo(err).message }));
    }
  };
  const changeAssignee = (assigneeId: string | null) =>
    run('assignee', () => assign({ variables: { id: ticket.id, assigneeId } }));

  // CLOSED only reopens to OPEN: the other moves are offered but disabled, with the rule in the domain.
  const statusOptions = TICKET_STATUSES.map((s) => ({
    value: s,
    label: TICKET_STATUS_LABELS[s],
    disabled: s !== ticket.status && !canChangeTicketStatus(ticket.status, s),
  }));
  const memberOptions = members.map((m) => ({ value: m.id, label: m.id === viewerId ? `${m.name} (me)` : m.name }));
  if (ticket.assignee && !memberOptions.some((o) => o.value === ticket.assignee!.id)) {
    memberOptions.unshift({ value: ticket.assignee.id, label: ticket.assignee.name });
  }

  return (
    <Stack gap="sm">
      <Select
        label="Status"
        description={TICKET_STATUS_HINTS[ticket.status]}
        data={statusOptions}
        value={ticket.status}
        allowDeselect={false}
        disabled={loading.status}
        error={errors.status}
        onChange={(status) => {
          if (status && status !== ticket.status)
            void run('status', () => setStatus({ variables: { id: ticket.id, status: status as TicketStatus } }));
        }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label="Priority"
        data={PRIORITY_OPTIONS}
        value={ticket.priority}
        allowDeselect={false}
        disabled={loading.priority}
        error={errors.priority}
        onChange={(priority) => {
          if (priority && priority !== ticket.priority) {
            void run('priority', () =>
              setPriority({ variables: { id: ticket.id, priority: priority as TicketPriority } }),
            );
          }
        }}
        comboboxProps={{ withinPortal: true }}
      />
      <Stack gap={4}>
        <Select
          label="Assignee"
          placeholder="Unassigned"
          data={memberOptions}
          value={ticket.assigneeUserId}
          searchable
          clearable
          disabled={loading.assignee}
          error={errors.assignee}
          onChange={(id) => {
            if (id !== ticket.assigneeUserId) void changeAssignee(id);
          }}
          comboboxProps={{ withinPortal: true }}
        />
        {ticket.assigneeUserId !== viewerId && (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconUserCheck size={14} />}
              onClick={() => void changeAssignee(viewerId)}
              loading={loading.assignee}
            >
              Assign to me
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}

function ReadOnly({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Group>
  );
}
