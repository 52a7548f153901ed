import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PortalInvoiceRowFragment } from '@clientflow/graphql-types/portal';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useStatementT } from '../i18n/statement-i18n';
import { InvoiceStatusBadge } from './invoice-status-badge';

interface InvoicesTableProps {
  invoices: readonly PortalInvoiceRowFragment[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], select: boolean) => void;
}

const num = { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const;

export function InvoicesTable({ invoices, selected, onToggle, onToggleAll }: InvoicesTableProps) {
  const t = useStatementT();
  const f = useFormatters();
  const ids = invoices.map((i) => i.id);
  const count = ids.filter((id) => selected.has(id)).length;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('statement.selectAll')}
                checked={count > 0 && count === ids.length}
                indeterminate={count > 0 && count < ids.length}
                onChange={(e) => onToggleAll(ids, e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>{t('statement.col.number')}</Table.Th>
            <Table.Th>{t('statement.col.issued')}</Table.Th>
            <Table.Th>{t('statement.col.due')}</Table.Th>
            <Table.Th>{t('statement.col.status')}</Table.Th>
            <Table.Th style={num}>{t('statement.col.total')}</Table.Th>
            <Table.Th style={num}>{t('statement.col.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.id} bg={selected.has(invoice.id) ? 'var(--mantine-primary-color-light)' : undefined}>
              <Table.Td>
                <Checkbox
                  aria-label={t('statement.selectOne', { number: invoice.number })}
                  checked={selected.has(invoice.id)}
                  onChange={() => onToggle(invoice.id)}
                />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/invoices/${invoice.id}`} fw={600}>
                  {invoice.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{f.calendarDate(invoice.issueDate)}</Table.Td>
              <Table.Td>
                <Text size="sm" c={invoice.isOverdue ? 'red' : undefined} fw={invoice.isOverdue ? 600 : undefined}>
                  {invoice.dueDate ? f.calendarDate(invoice.dueDate) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <InvoiceStatusBadge
                  status={invoice.status}
                  settling={{ amount: invoice.amountSettling, currency: invoice.currency }}
                />
              </Table.Td>
              <Table.Td style={num}>{f.money(invoice.total, invoice.currency)}</Table.Td>
              <Table.Td style={num} fw={invoice.balance > 0 ? 600 : undefined}>
                {f.money(invoice.balance, invoice.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
