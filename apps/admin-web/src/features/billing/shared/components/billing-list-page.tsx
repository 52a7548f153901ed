import type { ComponentType } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { ForbiddenState } from '../../../../shared/components/forbidden-state';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { useBillingListParams } from '../hooks/use-billing-list-params';
import type { BillingKind } from '../lib/document-form-values';
import type { BillingSortField } from './billing-documents-table';
import type { BillingListState } from './billing-list-view';

interface BillingListPageProps<F extends BillingSortField> {
  kind: BillingKind;
  sortFields: readonly F[];
  List: ComponentType<BillingListState<F> & { locale: string; onCreate?: () => void }>;
}

/** /invoices and /quotes: title, "New …" for people who bill, the list with its state in the URL. */
export function BillingListPage<F extends BillingSortField>({ kind, sortFields, List }: BillingListPageProps<F>) {
  const canView = useCan('financials.view');
  const canManage = useCan('billing.manage');
  const { locale } = useWorkspaceFormat();
  const navigate = useNavigate();
  const list = useBillingListParams<F>(sortFields, 'CREATED_AT' as F);
  const [title, newPath] = kind === 'INVOICE' ? ['Invoices', '/invoices/new'] : ['Quotes', '/quotes/new'];
  if (!canView) return <ForbiddenState message={`${title} are visible to people who can see financial figures.`} />;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {title}
        </Title>
        {canManage && (
          <Button component={Link} to={newPath} leftSection={<IconPlus size={16} />}>
            New {kind === 'INVOICE' ? 'invoice' : 'quote'}
          </Button>
        )}
      </Group>
      <List {...list} locale={locale} onCreate={canManage ? () => navigate(newPath) : undefined} />
    </Stack>
  );
}
