import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { ProjectsDocument } from '@clientflow/graphql-types/admin';

interface ClientProjectSelectProps {
  clientId: string | null;
  value: string | null;
  onChange(projectId: string | null): void;
  error?: React.ReactNode;
}

/** The chosen client's projects (optional link of an invoice or quote to one of them). */
export function ClientProjectSelect({ clientId, value, onChange, error }: ClientProjectSelectProps) {
  const { data, loading } = useQuery(ProjectsDocument, {
    variables: { filter: { clientId }, page: { offset: 0, limit: 100 } },
    skip: !clientId,
  });
  const options = (data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select
      label="Project"
      placeholder={clientId ? (loading ? 'Loading…' : options.length ? 'None' : 'This client has no projects') : 'Choose a client first'}
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
