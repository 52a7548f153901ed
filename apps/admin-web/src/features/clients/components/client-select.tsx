import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ProjectClientOptionsDocument } from '@clientflow/graphql-types/admin';

interface ClientSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
  label?: string;
  /** Shown before the search has loaded (e.g. a preselected client's name). */
  initialOption?: { id: string; name: string } | null;
  excludeId?: string | null;
  required?: boolean;
}

/** Searches clients on the server (folded, accent-insensitive) as the user types. */
export function ClientSelect({
  value,
  onChange,
  error,
  label = 'Client',
  initialOption,
  excludeId,
  required,
}: ClientSelectProps) {
  const [search, setSearch] = useState('');
  // Choosing an option writes its label into the search box; that is not a new search.
  const [chosenLabel, setChosenLabel] = useState<string | null>(initialOption?.name ?? null);
  const [debounced] = useDebouncedValue(search === chosenLabel ? '' : search, 250);
  const { data, loading } = useQuery(ProjectClientOptionsDocument, { variables: { search: debounced.trim() || null } });
  const options = (data?.clients.nodes ?? [])
    .filter((c) => c.id !== excludeId)
    .map((c) => ({ value: c.id, label: c.name }));
  if (initialOption && !options.some((o) => o.value === initialOption.id)) {
    options.unshift({ value: initialOption.id, label: initialOption.name });
  }
  return (
    <Select
      label={label}
      placeholder="Search clients"
      searchable
      required={required}
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosenLabel(option?.label ?? null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No clients found'}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
