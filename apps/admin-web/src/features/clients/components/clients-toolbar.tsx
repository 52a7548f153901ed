import { useEffect, useRef, useState } from 'react';
import { CloseButton, Group, MultiSelect, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilter, IconSearch } from '@tabler/icons-react';
import { CLIENT_STATUSES } from '@clientflow/domain';
import type { ClientStatus } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';

const STATUS_OPTIONS = CLIENT_STATUSES.map((value) => ({ value, label: humanizeEnum(value) }));

interface ClientsToolbarProps {
  search: string;
  statuses: ClientStatus[];
  includeArchived: boolean;
  onSearchChange: (search: string) => void;
  onStatusesChange: (statuses: ClientStatus[]) => void;
  onIncludeArchivedChange: (includeArchived: boolean) => void;
}

export function ClientsToolbar(props: ClientsToolbarProps) {
  const { search, statuses, includeArchived, onSearchChange, onStatusesChange, onIncludeArchivedChange } = props;
  const [searchInput, setSearchInput] = useState(search);
  const committed = useRef(search);
  const commitSearch = useDebouncedCallback((value: string) => {
    committed.current = value.trim();
    onSearchChange(committed.current);
  }, 300);

  // Back/forward or "clear filters" change the URL underneath the input. Our own commits echo back
  // later than the keystrokes that follow them, so they must not overwrite what is being typed.
  useEffect(() => {
    if (search === committed.current) return;
    committed.current = search;
    setSearchInput(search);
  }, [search]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        aria-label="Search clients"
        placeholder="Search by name, email, tax id or contact"
        leftSection={<IconSearch size={16} />}
        value={searchInput}
        onChange={(event) => {
          setSearchInput(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        rightSection={
          searchInput ? (
            <CloseButton
              size="sm"
              aria-label="Clear search"
              onClick={() => {
                setSearchInput('');
                commitSearch.cancel();
                committed.current = '';
                onSearchChange('');
              }}
            />
          ) : null
        }
        style={{ flex: '1 1 280px' }}
      />
      <MultiSelect
        aria-label="Filter by status"
        placeholder={statuses.length ? undefined : 'All statuses'}
        leftSection={<IconFilter size={16} />}
        data={STATUS_OPTIONS}
        value={statuses}
        onChange={(value) => onStatusesChange(value as ClientStatus[])}
        clearable
        style={{ flex: '0 1 320px' }}
        comboboxProps={{ withinPortal: true }}
      />
      <Switch
        label="Show archived"
        checked={includeArchived}
        onChange={(event) => onIncludeArchivedChange(event.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
