import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { TimeProjectsDocument } from '@clientflow/graphql-types/admin';

interface ProjectPickerProps extends Omit<SelectProps, 'data' | 'onChange' | 'value'> {
  value: string | null;
  onChange(projectId: string | null): void;
  /** Shown while the current value is not among the loaded options (e.g. a paused project being edited). */
  currentLabel?: string | null;
}

/** Open projects the viewer can log time on; searched on the server by project or client name. */
export function ProjectPicker({ value, onChange, currentLabel, ...props }: ProjectPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // Options seen so far: the chosen one keeps its label whatever the current search returns.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(() => new Map());
  const chosenLabel = value ? (known.get(value) ?? currentLabel ?? null) : null;
  // Once an option is chosen the input shows its label: that is not a search.
  const term = debounced && debounced !== chosenLabel ? debounced : null;
  const { data, loading } = useQuery(TimeProjectsDocument, { variables: { search: term } });
  const options = (data?.timeProjects ?? []).map((p) => ({
    value: p.id,
    label: p.clientName ? `${p.name} · ${p.clientName}` : p.name,
  }));
  // Remembered while rendering: the re-render this causes finds nothing new.
  if (options.some((o) => known.get(o.value) !== o.label))
    setKnown(new Map([...known, ...options.map((o) => [o.value, o.label] as const)]));
  if (value && chosenLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: chosenLabel });
  return (
    <Select
      label="Project"
      placeholder="Search projects"
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={loading ? 'Loading…' : 'No open projects'}
      {...props}
    />
  );
}
