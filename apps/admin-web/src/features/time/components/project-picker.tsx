import { useRef, useState } from 'react';
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
  const known = useRef(new Map<string, string>());
  const chosenLabel = value ? (known.current.get(value) ?? currentLabel ?? null) : null;
  // Once an option is chosen the input shows its label: that is not a search.
  const term = debounced && debounced !== chosenLabel ? debounced : null;
  const { data, loading } = useQuery(TimeProjectsDocument, { variables: { search: term } });
  const options = (data?.timeProjects ?? []).map((p) => ({
    value: p.id,
    label: p.clientName ? `${p.name} · ${p.clientName}` : p.name,
  }));
  for (const o of options) known.current.set(o.value, o.label);
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
