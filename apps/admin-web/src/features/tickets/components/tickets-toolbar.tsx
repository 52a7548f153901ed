import { useState } from 'react';
import { Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { TicketPriority, TicketStatus } from '@clientflow/domain';
import { ClientSelect } from '../../clients/components/client-select';
import { useTicketAssignees } from '../hooks/use-ticket-assignees';
import type { TicketListState } from '../hooks/use-ticket-list-params';
import { PRIORITY_OPTIONS, STATUS_OPTIONS } from '../lib/ticket-labels';

interface TicketsToolbarProps extends Pick<TicketListState, 'params' | 'update'> {
  viewerId: string;
  /** Hidden on a client's page. */
  showClientFilter: boolean;
  /** The chosen client's name when known (the picker only lists search results). */
  clientOption?: { id: string; name: string } | null;
}

/** Search (debounced), status, priority, assignee, client and unread filters; every change lands in the list state. */
export function TicketsToolbar({ params, update, viewerId, showClientFilter, clientOption }: TicketsToolbarProps) {
  const [text, setText] = useState(params.search);
  // A search set from outside (filters cleared, back/forward) replaces the typed text.
  const [shownSearch, setShownSearch] = useState(params.search);
  if (params.search !== shownSearch) {
    setShownSearch(params.search);
    setText(params.search);
  }
  const debounced = useDebouncedCallback((search: string) => update({ search: search.trim() }), 300);
  const { members } = useTicketAssignees();
  const assigneeOptions = [
    { value: 'me', label: 'Me' },
    { value: 'unassigned', label: 'Unassigned' },
    ...members.filter((m) => m.id !== viewerId).map((m) => ({ value: m.id, label: m.name })),
  ];
  // A member id from a link may not be loaded yet: keep it selectable rather than silently dropping it.
  if (params.assignee && !assigneeOptions.some((o) => o.value === params.assignee)) {
    assigneeOptions.push({ value: params.assignee, label: 'Selected member' });
  }

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        aria-label="Search tickets"
        placeholder="Subject"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          debounced(e.currentTarget.value);
        }}
        style={{ flex: '2 1 220px' }}
      />
      <MultiSelect
        label="Status"
        placeholder={params.statuses.length ? undefined : 'Any status'}
        data={STATUS_OPTIONS}
        value={params.statuses}
        onChange={(v) => update({ statuses: v as TicketStatus[] })}
        clearable
        style={{ flex: '1 1 200px' }}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label="Priority"
        placeholder={params.priorities.length ? undefined : 'Any priority'}
        data={PRIORITY_OPTIONS}
        value={params.priorities}
        onChange={(v) => update({ priorities: v as TicketPriority[] })}
        clearable
        style={{ flex: '1 1 180px' }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label="Assignee"
        placeholder="Anyone"
        data={assigneeOptions}
        value={params.assignee}
        onChange={(assignee) => update({ assignee })}
        clearable
        searchable
        style={{ flex: '1 1 170px' }}
        comboboxProps={{ withinPortal: true }}
      />
      {showClientFilter && (
        <div style={{ flex: '1 1 200px' }}>
          <ClientSelect
            label="Client"
            value={params.clientId}
            initialOption={clientOption}
            onChange={(clientId) => update({ clientId })}
          />
        </div>
      )}
      <Switch
        label="Unread only"
        checked={params.unreadOnly}
        onChange={(e) => update({ unreadOnly: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
