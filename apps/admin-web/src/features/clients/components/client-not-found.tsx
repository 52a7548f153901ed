import { Button, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';

export function ClientNotFound() {
  return (
    <EmptyState
      py={80}
      withIndicatorBackground
      icon={<IconUserQuestion />}
      title="Client not found"
      description="It may have been deleted, or it belongs to another workspace."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/clients" variant="default" leftSection={<IconArrowLeft size={16} />}>
          Back to clients
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
