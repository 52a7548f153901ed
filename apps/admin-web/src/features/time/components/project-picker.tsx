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
  const { data, loading } = useQuery(TimeProjectsDocument, { variables: { search: debounced || null } });
  const options = (data?.timeProjects ?? []).map((p) => ({ value: p.id, label: p.clientName ? `${p.name} · ${p.clientName}` : p.name }));
  if (value && currentLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: currentLabel });
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
