import { Anchor, Group, Table, Text } from '@mantine/core';
import type { InvoiceStatus, QuoteStatus } from '@clientflow/domain';
import type { SortDirection } from '@clientflow/graphql-types/admin';
import { Link } from 'react-router';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { SortableTh } from '../../../clients/components/sortable-th';
import type { BillingKind } from '../lib/document-form-values';
import { BillingStatusBadge } from './billing-status-badge';
import { SettlingBadge } from './settling-badge';
import { TableSkeletonRows } from '../../../../shared/components/table-skeleton-rows';

/** One row of the invoices or quotes list, whichever it is. */
export interface BillingRowView {
  id: string;
  number: string | null;
  title?: string | null;
  status: string;
  client: { id: string; name: string } | null;
  issueDate: string | null;
  /** Due date (invoices) or valid-until (quotes). */
  endDate: string | null;
  currency: string;
  total: number;
  balance?: number;
  /** Invoices: money on its way (a payment that settles later). */
  settling?: number;
  isOverdue?: boolean;
}

export type BillingSortField = 'NUMBER' | 'CLIENT' | 'ISSUE_DATE' | 'DUE_DATE' | 'VALID_UNTIL' | 'TOTAL' | 'CREATED_AT';

interface BillingDocumentsTableProps<F extends BillingSortField> {
  kind: BillingKind;
  rows: readonly BillingRowView[];
  loading: boolean;
  locale: string;
  showClient?: boolean;
  sortField: F;
  sortDirection: SortDirection;
  onSort(field: F): void;
  onOpen(id: string): void;
}

const stop = (event: React.SyntheticEvent) => event.stopPropagation();

/** Invoices or quotes; a row opens its document (the number is the keyboard-reachable link). */
export function BillingDocumentsTable<F extends BillingSortField>(props: BillingDocumentsTableProps<F>) {
  const { kind, rows, loading, locale, showClient = true, onOpen } = props;
  const sort = {
    sortField: props.sortField,
    sortDirection: props.sortDirection,
    onSort: props.onSort as (f: BillingSortField) => void,
  };
  const isInvoice = kind === 'INVOICE';
  const base = isInvoice ? '/invoices' : '/quotes';
  const columns = 5 + (showClient ? 1 : 0) + (isInvoice ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={showClient ? 860 : 700}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={loading} aria-label={isInvoice ? 'Invoices' : 'Quotes'}>
        <Table.Thead>
          <Table.Tr>
            <SortableTh sorts={[{ field: 'NUMBER', label: 'Number' }]} {...sort} />
            {showClient && <SortableTh sorts={[{ field: 'CLIENT', label: 'Client' }]} {...sort} />}
            <Table.Th>Status</Table.Th>
            <SortableTh sorts={[{ field: 'ISSUE_DATE', label: 'Issued' }]} {...sort} />
            <SortableTh
              sorts={[isInvoice ? { field: 'DUE_DATE', label: 'Due' } : { field: 'VALID_UNTIL', label: 'Valid until' }]}
              {...sort}
            />
            <SortableTh sorts={[{ field: 'TOTAL', label: 'Total' }]} align="right" {...sort} />
            {isInvoice && <Table.Th style={{ textAlign: 'right' }}>Balance</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ opacity: loading && rows.length ? 0.6 : 1, transition: 'opacity 150ms' }}>
          {loading && rows.length === 0 ? (
            <TableSkeletonRows columns={columns} />
          ) : (
            rows.map((row) => {
              const money = (minor: number) => formatMoney(minor, { locale, currency: row.currency });
              return (
                <Table.Tr key={row.id} onClick={() => onOpen(row.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`${base}/${row.id}`} fw={600} onClick={stop}>
                      {row.number ?? 'Draft'}
                    </Anchor>
                    {row.title && (
                      <Text size="xs" c="dimmed" lineClamp={1} maw={220}>
                        {row.title}
                      </Text>
                    )}
                  </Table.Td>
                  {showClient && (
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {row.client?.name ?? '—'}
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {row.isOverdue && row.status !== 'OVERDUE' ? (
                        <BillingStatusBadge kind="INVOICE" status="OVERDUE" />
                      ) : isInvoice ? (
                        <BillingStatusBadge kind="INVOICE" status={row.status as InvoiceStatus} />
                      ) : (
                        <BillingStatusBadge kind="QUOTE" status={row.status as QuoteStatus} />
                      )}
                      {isInvoice && (
                        <SettlingBadge amount={row.settling ?? 0} currency={row.currency} locale={locale} />
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatCalendarDate(row.issueDate, locale) || '—'}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c={row.isOverdue ? 'red' : undefined} fw={row.isOverdue ? 600 : undefined}>
                      {formatCalendarDate(row.endDate, locale) || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {money(row.total)}
                  </Table.Td>
                  {isInvoice && (
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {row.balance === undefined || row.status === 'VOID' ? '—' : money(row.balance)}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
