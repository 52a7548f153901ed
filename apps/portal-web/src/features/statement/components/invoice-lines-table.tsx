import { Table } from '@mantine/core';
import type { PortalInvoiceQuery } from '@clientflow/graphql-types/portal';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useStatementT } from '../i18n/statement-i18n';
import { formatRate } from '../lib/statement-selection';

type Invoice = PortalInvoiceQuery['portalInvoice'];
const num = { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const;

/** Lines, then subtotal, discount, tax per rate, total, paid and balance — the figures as the API computed them. */
export function InvoiceLinesTable({ invoice, intlTag }: { invoice: Invoice; intlTag: string }) {
  const t = useStatementT();
  const f = useFormatters();
  const money = (v: number) => f.money(v, invoice.currency);
  const qty = new Intl.NumberFormat(intlTag, { maximumFractionDigits: 3 });
  const foot = (label: string, value: string, strong = false) => (
    <Table.Tr key={label}>
      <Table.Td colSpan={4} style={{ textAlign: 'right' }} fw={strong ? 700 : undefined}>
        {label}
      </Table.Td>
      <Table.Td style={num} fw={strong ? 700 : undefined}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoice.col.description')}</Table.Th>
            <Table.Th style={num}>{t('invoice.col.quantity')}</Table.Th>
            <Table.Th style={num}>{t('invoice.col.unitPrice')}</Table.Th>
            <Table.Th style={num}>{t('invoice.col.tax')}</Table.Th>
            <Table.Th style={num}>{t('invoice.col.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoice.lines.map((line, i) => (
            <Table.Tr key={i}>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{line.description}</Table.Td>
              <Table.Td style={num}>{qty.format(line.quantity)}</Table.Td>
              <Table.Td style={num}>{money(line.unitPrice)}</Table.Td>
              <Table.Td style={num}>{formatRate(intlTag, line.taxRateBps)}</Table.Td>
              <Table.Td style={num}>{money(line.net)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          {foot(t('invoice.subtotal'), money(invoice.subtotal))}
          {invoice.discountTotal > 0 && foot(t('invoice.discount'), `−${money(invoice.discountTotal)}`)}
          {invoice.taxSummary.map((g) =>
            foot(t('invoice.taxAt', { rate: formatRate(intlTag, g.rateBps) }), money(g.tax)),
          )}
          {foot(t('invoice.total'), money(invoice.total), true)}
          {invoice.amountPaid > 0 && foot(t('invoice.amountPaid'), money(invoice.amountPaid))}
          {invoice.status !== 'VOID' && foot(t('invoice.balance'), money(invoice.balance), true)}
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
