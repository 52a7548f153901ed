import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';

export function PageNotFound() {
  return (
    <EmptyState
      py={80}
      withIndicatorBackground
      icon={<IconMapQuestion />}
      title="Page not found"
      description="The address may be mistyped, or the page has moved."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/clients" variant="default">
          Go to clients
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
