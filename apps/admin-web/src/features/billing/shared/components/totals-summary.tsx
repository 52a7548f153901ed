import { Divider, Group, Stack, Text } from '@mantine/core';
import type { InvoiceTotals } from '@clientflow/domain';
import { formatMoney } from '@clientflow/domain';
import { formatBps } from '../lib/amounts';

interface TotalsSummaryProps {
  totals: Pick<InvoiceTotals, 'subtotal' | 'taxes' | 'total'> | null;
  currency: string;
  locale: string;
  /** Issued invoices also show what was paid and what is left. */
  paid?: number;
  balance?: number;
}

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : undefined} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text
        size={strong ? 'md' : 'sm'}
        fw={strong ? 700 : 500}
        data-testid={testId}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
    </Group>
  );
}

/** Subtotal, one tax row per rate (with its base), total; and paid / balance when given. */
export function TotalsSummary({ totals, currency, locale, paid, balance }: TotalsSummaryProps) {
  const money = (minor: number) => formatMoney(minor, { locale, currency });
  if (!totals) {
    return (
      <Text size="sm" c="dimmed" role="status">
        Totals appear once every line has a quantity and a price.
      </Text>
    );
  }
  return (
    <Stack gap={6} miw={260} aria-label="Totals">
      <Row label="Subtotal" value={money(totals.subtotal)} testId="totals-subtotal" />
      {totals.taxes
        .filter((t) => t.rateBps > 0)
        .map((t) => (
          <Row
            key={t.rateBps}
            label={`Tax ${formatBps(t.rateBps, locale)} on ${money(t.base)}`}
            value={money(t.tax)}
            testId={`totals-tax-${t.rateBps}`}
          />
        ))}
      <Divider />
      <Row label="Total" value={money(totals.total)} strong testId="totals-total" />
      {paid !== undefined && <Row label="Paid" value={money(paid)} testId="totals-paid" />}
      {balance !== undefined && <Row label="Balance due" value={money(balance)} strong testId="totals-balance" />}
    </Stack>
  );
}
