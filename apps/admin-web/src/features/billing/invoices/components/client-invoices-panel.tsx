import { Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { InvoiceSortField, QuoteSortField } from '@clientflow/graphql-types/admin';
import { useBillingListParams } from '../../shared/hooks/use-billing-list-params';
import { QuotesList } from '../../quotes/components/quotes-list';
import { QUOTE_SORT_FIELDS } from '../../quotes/lib/quote-list';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { INVOICE_SORT_FIELDS } from '../lib/invoice-list';
import { ClientBillingHeader } from './client-billing-header';
import { InvoicesList } from './invoices-list';

/** The client page's "Invoices" tab: the financial header, then the client's invoices and quotes. */
export function ClientInvoicesPanel({ clientId }: { clientId: string }) {
  const { locale } = useWorkspaceFormat();
  const canManage = useCan('billing.manage');
  const navigate = useNavigate();
  const invoices = useBillingListParams<InvoiceSortField>(INVOICE_SORT_FIELDS, 'CREATED_AT', 'memory');
  const quotes = useBillingListParams<QuoteSortField>(QUOTE_SORT_FIELDS, 'CREATED_AT', 'memory');
  const newInvoice = `/invoices/new?clientId=${clientId}`;
  const newQuote = `/quotes/new?clientId=${clientId}`;

  return (
    <Stack gap="xl">
      <ClientBillingHeader clientId={clientId} locale={locale} />
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            Invoices
          </Title>
          {canManage && (
            <Button component={Link} to={newInvoice} leftSection={<IconPlus size={16} />}>
              New invoice
            </Button>
          )}
        </Group>
        <InvoicesList
          {...invoices}
          locale={locale}
          clientId={clientId}
          onCreate={canManage ? () => navigate(newInvoice) : undefined}
        />
      </Stack>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            Quotes
          </Title>
          {canManage && (
            <Button component={Link} to={newQuote} variant="light" leftSection={<IconPlus size={16} />}>
              New quote
            </Button>
          )}
        </Group>
        <QuotesList
          {...quotes}
          locale={locale}
          clientId={clientId}
          onCreate={canManage ? () => navigate(newQuote) : undefined}
        />
      </Stack>
    </Stack>
  );
}
