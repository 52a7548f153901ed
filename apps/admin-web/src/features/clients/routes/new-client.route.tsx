import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useCan, useViewer } from '../../session/hooks/use-viewer';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { ClientCreateForm } from '../components/client-create-form';

export function NewClientRoute() {
  const navigate = useNavigate();
  const { workspace } = useViewer();
  const canCreate = useCan('client.create');

  if (!canCreate) return <ForbiddenState message="Your role cannot add clients. Ask an admin of this workspace." />;

  return (
    <Stack gap="lg" maw={880}>
      <Breadcrumbs>
        <Anchor component={Link} to="/clients" size="sm">
          Clients
        </Anchor>
        <Text size="sm">New client</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>New client</Title>
        <Text c="dimmed" size="sm">
          Only the company name and email are required; you can fill in the rest later.
        </Text>
      </div>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <ClientCreateForm
          locale={workspace.locale}
          onCreated={(client) => navigate(`/clients/${client.id}`, { replace: true })}
          onCancel={() => navigate('/clients')}
        />
      </Paper>
    </Stack>
  );
}
