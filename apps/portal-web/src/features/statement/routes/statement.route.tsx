import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  EmptyState,
  Group,
  Pagination,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  PortalStatementDocument,
  type PortalInvoiceRowFragment,
  type StatementFilter,
} from '@clientflow/graphql-types/portal';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useStatementT } from '../i18n/statement-i18n';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { InvoicesTable } from '../components/invoices-table';
import { PaymentReturnAlert } from '../components/payment-return-alert';
import { SelectionBar } from '../components/selection-bar';
import { StatementSummary } from '../components/statement-summary';
import { usePaymentReturn } from '../hooks/use-payment-return';
import { usePayNow } from '../hooks/use-pay-now';

const PAGE_SIZE = 25;
const FILTERS: StatementFilter[] = ['OPEN', 'PAID', 'ALL'];
const asFilter = (v: string | null): StatementFilter =>
  FILTERS.includes(v as StatementFilter) ? (v as StatementFilter) : 'ALL';

/** `/invoices`: the client's statement, with Pay now and Download selected for the ticked invoices. */
export function StatementRoute() {
  const t = useStatementT();
  const { branding } = usePortalViewer();
  useDocumentTitle(`${t('statement.title')} · ${branding.agencyName}`);
  const [params, setParams] = useSearchParams();
  const filter = asFilter(params.get('filter'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error, refetch } = useQuery(PortalStatementDocument, {
    variables: { input: { filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
    context: { quietErrors: true },
  });
  const [selected, setSelected] = useState<Map<string, PortalInvoiceRowFragment>>(() => new Map());
  const { payNow, loading: paying } = usePayNow();
  const { paymentReturn, dismiss } = usePaymentReturn();

  const navigate = (next: { filter?: StatementFilter; page?: number }) =>
    setParams((p) => {
      if (next.filter) p.set('filter', next.filter);
      if (next.page) p.set('page', String(next.page));
      else p.delete('page');
      return p;
    });
  const rows = data?.portalInvoices.nodes ?? [];
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Map(prev);
      const row = rows.find((r) => r.id === id);
      if (next.has(id)) next.delete(id);
      else if (row) next.set(id, row);
      return next;
    });
  const toggleAll = (ids: string[], select: boolean) =>
    setSelected((prev) => {
      const next = new Map(prev);
      for (const row of rows.filter((r) => ids.includes(r.id))) {
        if (select) next.set(row.id, row);
        else next.delete(row.id);
      }
      return next;
    });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('statement.title')}</Title>
        <Text c="dimmed">{t('statement.subtitle', { agency: branding.agencyName })}</Text>
      </Stack>
      {paymentReturn && <PaymentReturnAlert value={paymentReturn} onClose={dismiss} />}
      {error && !data ? (
        <Card withBorder role="alert">
          <Group justify="space-between">
            <Text fw={600}>{t('statement.loadError')}</Text>
            <Button variant="light" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          </Group>
        </Card>
      ) : !data ? (
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton h={110} />
          <Skeleton h={280} />
        </Stack>
      ) : (
        <>
          <StatementSummary summary={data.portalStatement} />
          <Card withBorder p={0}>
            <Group p="md" justify="space-between">
              <SegmentedControl
                aria-label={t('statement.filterLabel')}
                value={filter}
                onChange={(v) => navigate({ filter: asFilter(v) })}
                data={FILTERS.map((f) => ({ value: f, label: t(`statement.filter.${f}`) }))}
              />
              {loading && (
                <Text size="sm" c="dimmed">
                  {t('common.loading')}
                </Text>
              )}
            </Group>
            {rows.length ? (
              <InvoicesTable
                invoices={rows}
                selected={new Set(selected.keys())}
                onToggle={toggle}
                onToggleAll={toggleAll}
              />
            ) : (
              <EmptyState
                py="xl"
                icon={<IconReceipt size={28} />}
                title={t('statement.emptyTitle')}
                description={
                  filter === 'OPEN'
                    ? t('statement.emptyOpen')
                    : t('statement.emptyAll', { agency: branding.agencyName })
                }
              />
            )}
            {data.portalInvoices.totalCount > PAGE_SIZE && (
              <Group justify="center" p="md">
                <Pagination
                  aria-label={t('statement.page')}
                  total={Math.ceil(data.portalInvoices.totalCount / PAGE_SIZE)}
                  value={page}
                  onChange={(p) => navigate({ page: p })}
                />
              </Group>
            )}
          </Card>
          <SelectionBar
            selected={[...selected.values()]}
            canPayOnline={data.portalStatement.canPayOnline}
            paying={paying}
            onPay={() => void payNow([...selected.keys()]).catch(() => undefined)}
            onClear={() => setSelected(new Map())}
          />
        </>
      )}
    </Stack>
  );
}
