import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';

interface ClientsEmptyStateProps {
  filtered: boolean;
  canCreate: boolean;
  onClearFilters: () => void;
}

export function ClientsEmptyState({ filtered, canCreate, onClearFilters }: ClientsEmptyStateProps) {
  if (filtered) {
    return (
      <EmptyState
        py={48}
        withIndicatorBackground
        icon={<IconSearch />}
        title="No clients match"
        description="Try another search term, or widen the status filter."
      >
        <EmptyState.Actions>
          <Button variant="default" leftSection={<IconFilterOff size={16} />} onClick={onClearFilters}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      py={48}
      variant="light"
      icon={<IconUsers />}
      title="No clients yet"
      description={
        canCreate
          ? 'Add your first client to keep their contacts, projects and invoices in one place.'
          : 'Clients your team adds will appear here.'
      }
    >
      {canCreate && (
        <EmptyState.Actions>
          <Button component={Link} to="/clients/new" leftSection={<IconPlus size={16} />}>
            New client
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
