import { Badge, Table, Text } from '@mantine/core';
import type { LineSource } from '@clientflow/domain';
import { formatMoney } from '@clientflow/domain';
import { formatBps } from '../lib/amounts';

interface ReadonlyLine {
  id: string;
  description: string;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  discount: number;
  source: LineSource;
  net: number;
}

/** A sent document's lines as stored (amounts computed by the server with the domain rules). */
export function DocumentLinesTable({
  lines,
  currency,
  locale,
}: {
  lines: readonly ReadonlyLine[];
  currency: string;
  locale: string;
}) {
  const money = (minor: number) => formatMoney(minor, { locale, currency });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="Lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Description</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Qty</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Unit price</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Tax</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Discount</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {l.description}
                </Text>
                {l.source !== 'AD_HOC' && (
                  <Badge size="xs" variant="dot" tt="none">
                    {l.source === 'TIME' ? 'Time' : 'Project fee'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {l.quantity.toLocaleString(locale, { maximumFractionDigits: 3 })}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{money(l.unitPrice)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatBps(l.taxRate, locale)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{l.discount ? formatBps(l.discount, locale) : '—'}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {money(l.net)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
