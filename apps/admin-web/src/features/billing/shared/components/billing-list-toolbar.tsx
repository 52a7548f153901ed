import { useState } from 'react';
import { Group, ScrollArea, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { ClientSelect } from '../../../clients/components/client-select';

interface BillingListToolbarProps {
  searchLabel: string;
  search: string;
  onSearch(search: string): void;
  statusOptions: readonly { value: string; label: string }[];
  status: string;
  onStatus(status: string): void;
  /** Hidden on a client's page. */
  clientFilter?: { clientId: string | null; onChange(clientId: string | null): void };
}

/** Status views (segmented, scrolls sideways on phones), search (number or client) and a client filter. */
export function BillingListToolbar({
  searchLabel,
  search,
  onSearch,
  statusOptions,
  status,
  onStatus,
  clientFilter,
}: BillingListToolbarProps) {
  const [text, setText] = useState(search);
  // A search set from outside (filters cleared, back/forward) replaces the typed text.
  const [shownSearch, setShownSearch] = useState(search);
  if (search !== shownSearch) {
    setShownSearch(search);
    setText(search);
  }
  const debounced = useDebouncedCallback(onSearch, 300);
  return (
    <>
      <ScrollArea type="auto" offsetScrollbars="x">
        <SegmentedControl
          aria-label="Status"
          data={[{ value: '', label: 'All' }, ...statusOptions]}
          value={status}
          onChange={onStatus}
        />
      </ScrollArea>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          aria-label={searchLabel}
          placeholder={clientFilter ? 'Search number or client' : 'Search number'}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            debounced(e.currentTarget.value);
          }}
          style={{ flex: '2 1 240px' }}
        />
        {clientFilter && (
          <div style={{ flex: '1 1 220px' }}>
            <ClientSelect label="Client" value={clientFilter.clientId} onChange={clientFilter.onChange} />
          </div>
        )}
      </Group>
    </>
  );
}
