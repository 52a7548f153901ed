import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';

export function ForbiddenState({ message }: { message: string }) {
  return (
    <EmptyState py={64} withIndicatorBackground icon={<IconLock />} title="You don't have access" description={message}>
      <EmptyState.Actions>
        <Button component={Link} to="/clients" variant="default">
          Back to clients
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
