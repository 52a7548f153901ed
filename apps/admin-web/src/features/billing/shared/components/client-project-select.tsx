import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { ProjectsDocument } from '@clientflow/graphql-types/admin';

interface ClientProjectSelectProps {
  clientId: string | null;
  value: string | null;
  onChange(projectId: string | null): void;
  error?: React.ReactNode;
  /** The linked project's name, shown even when it is not among the loaded options. */
  current?: { id: string; name: string } | null;
}

/** The chosen client's projects (optional link of an invoice or quote to one of them). */
export function ClientProjectSelect({ clientId, value, onChange, error, current }: ClientProjectSelectProps) {
  const { data, loading } = useQuery(ProjectsDocument, {
    variables: { filter: { clientId }, page: { offset: 0, limit: 100 } },
    skip: !clientId,
    // Projects are created elsewhere (e.g. by converting a quote): never trust an old list.
    fetchPolicy: 'cache-and-network',
  });
  const options = (data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return (
    <Select
      label="Project"
      placeholder={
        clientId
          ? loading
            ? 'Loading…'
            : options.length
              ? 'None'
              : 'This client has no projects'
          : 'Choose a client first'
      }
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      disabled={!clientId}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
