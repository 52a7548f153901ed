import { useQuery } from '@apollo/client/react';
import { Autocomplete, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WorkspaceMembersDocument } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';
import type { ClientFormValues } from '../lib/client-form-values';

const SOURCES = ['Referral', 'Website', 'Event', 'Outbound', 'Social media', 'Partner', 'Advertising'];

interface ClientRelationshipFieldsProps {
  form: UseFormReturnType<ClientFormValues>;
  /** Staff who only see their own clients cannot hand one to someone else. */
  canReassign: boolean;
  /** The saved manager, shown while the team loads or if they have left the workspace. */
  savedManager: { id: string; name: string } | null;
}

export function ClientRelationshipFields({ form, canReassign, savedManager }: ClientRelationshipFieldsProps) {
  const { data, loading, error } = useQuery(WorkspaceMembersDocument);
  const members = (data?.workspaceMembers ?? []).map((m) => ({
    value: m.id,
    label: `${m.name} · ${humanizeEnum(m.role)}`,
  }));
  const current = form.values.accountManagerId ?? null;
  const options =
    savedManager && current === savedManager.id && !members.some((m) => m.value === current)
      ? [...members, { value: savedManager.id, label: savedManager.name }]
      : members;

  return (
    <Stack gap="sm">
      <Title order={4}>Relationship</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label="Account manager"
          placeholder={loading ? 'Loading people…' : 'Nobody yet'}
          data={options}
          searchable
          clearable={canReassign}
          disabled={!canReassign}
          description={canReassign ? undefined : 'Ask a manager to reassign this client'}
          nothingFoundMessage="No one by that name"
          {...form.getInputProps('accountManagerId')}
          error={error ? 'Could not load the team' : form.errors.accountManagerId}
        />
        <Autocomplete
          label="Acquisition source"
          description="How the client found you"
          placeholder="e.g. Referral"
          data={SOURCES}
          {...form.getInputProps('acquisitionSource')}
        />
      </SimpleGrid>
    </Stack>
  );
}
