import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ClientSortField, SortDirection } from '@clientflow/graphql-types/admin';

/** Any list's sort keys (clients, invoices, quotes…); the clients list's by default. */
interface SortState<F extends string = ClientSortField> {
  sortField: F;
  sortDirection: SortDirection;
  onSort: (field: F) => void;
}

interface SortButtonProps<F extends string> extends SortState<F> {
  field: F;
  label: string;
}

export function SortButton<F extends string>({ field, label, sortField, sortDirection, onSort }: SortButtonProps<F>) {
  const active = field === sortField;
  const Icon = !active ? IconSelector : sortDirection === 'ASC' ? IconChevronUp : IconChevronDown;
  return (
    <UnstyledButton onClick={() => onSort(field)} aria-label={`Sort by ${label}`}>
      <Group gap={4} wrap="nowrap">
        <Text fw={600} size="sm" c={active ? undefined : 'dimmed'} inherit>
          {label}
        </Text>
        <Icon size={14} stroke={1.8} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

function ariaSort<F extends string>(fields: readonly F[], { sortField, sortDirection }: SortState<F>) {
  if (!fields.includes(sortField)) return 'none';
  return sortDirection === 'ASC' ? 'ascending' : 'descending';
}

interface SortableThProps<F extends string> extends SortState<F> {
  /** One or more sort keys offered by this column, e.g. last activity and creation date. */
  sorts: readonly { field: F; label: string }[];
  align?: 'left' | 'right';
}

export function SortableTh<F extends string>({ sorts, align = 'left', ...state }: SortableThProps<F>) {
  return (
    <Table.Th
      aria-sort={ariaSort(
        sorts.map((s) => s.field),
        state,
      )}
      style={{ textAlign: align, whiteSpace: 'nowrap' }}
    >
      <Group gap="xs" wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
        {sorts.map((sort, index) => (
          <Group key={sort.field} gap="xs" wrap="nowrap">
            {index > 0 && (
              <Text size="sm" c="dimmed" aria-hidden>
                /
              </Text>
            )}
            <SortButton {...sort} {...state} />
          </Group>
        ))}
      </Group>
    </Table.Th>
  );
}
