import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconSearch, IconX } from '@tabler/icons-react';
import { AUDIT_ACTION_LABELS } from '@clientflow/domain';
import { WorkspaceMembersDocument } from '@clientflow/graphql-types/admin';
import { EMPTY_AUDIT_FILTER, type AuditFilterValues } from '../lib/audit-filter';

const GROUPS: Record<string, string> = {
  auth: 'Sign-in and passwords',
  session: 'Sessions',
  twoFactor: 'Two-factor',
  workspace: 'Workspace',
  invitation: 'Team',
  member: 'Team',
  ownership: 'Team',
  portal: 'Client portal',
  data: 'Exports',
};

const ACTION_OPTIONS = Object.entries(
  Object.entries(AUDIT_ACTION_LABELS).reduce<Record<string, { value: string; label: string }[]>>(
    (groups, [value, label]) => {
      const group = GROUPS[value.split('.')[0]] ?? 'Other';
      (groups[group] ??= []).push({ value, label });
      return groups;
    },
    {},
  ),
).map(([group, items]) => ({ group, items }));

export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange(next: AuditFilterValues): void;
}) {
  const members = useQuery(WorkspaceMembersDocument);
  const memberOptions = (members.data?.workspaceMembers ?? []).map((m) => ({ value: m.id, label: m.name }));
  const range: [string | null, string | null] = [value.from, value.to];
  const active =
    value.actions.length > 0 || value.actorUserId || value.from || value.to || value.search.trim().length > 0;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Email, target or IP"
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(e) => onChange({ ...value, search: e.currentTarget.value })}
        w={{ base: '100%', sm: 220 }}
      />
      <MultiSelect
        label="What happened"
        placeholder={value.actions.length ? undefined : 'Any action'}
        data={ACTION_OPTIONS}
        value={value.actions}
        onChange={(actions) => onChange({ ...value, actions })}
        searchable
        clearable
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label="Who"
        placeholder="Anyone"
        data={memberOptions}
        value={value.actorUserId}
        onChange={(actorUserId) => onChange({ ...value, actorUserId })}
        searchable
        clearable
        w={{ base: '100%', sm: 200 }}
      />
      <DatePickerInput
        type="range"
        label="When"
        placeholder="Any time"
        value={range}
        onChange={([from, to]) => onChange({ ...value, from: from ?? null, to: to ?? null })}
        clearable
        allowSingleDateInRange
        maxDate={new Date()}
        w={{ base: '100%', sm: 240 }}
      />
      {active && (
        <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => onChange(EMPTY_AUDIT_FILTER)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
