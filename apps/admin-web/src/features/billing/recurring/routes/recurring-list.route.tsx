import { Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ForbiddenState } from '../../../../shared/components/forbidden-state';
import { useCan } from '../../../session/hooks/use-viewer';
import { RecurringList } from '../components/recurring-list';

/** /invoices/recurring: every schedule of the workspace. */
export function RecurringListRoute() {
  const canView = useCan('financials.view');
  if (!canView) return <ForbiddenState message="Recurring invoices need permission to see financial data." />;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/invoices" size="sm">
          Invoices
        </Anchor>
        <Text size="sm">Recurring</Text>
      </Breadcrumbs>
      <RecurringList title="Recurring invoices" />
    </Stack>
  );
}
