import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { formatMoney } from '@clientflow/domain';

export interface CurrencyTotals {
  currency: string;
  count: number;
  total: number;
  amountPaid?: number;
  balance?: number;
}

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}

/** Sums of the filtered set, one row per currency (VOID documents count for nothing, as the API sums them). */
export function BillingTotalsBar({
  totals,
  locale,
  noun,
}: {
  totals: readonly CurrencyTotals[];
  locale: string;
  noun: string;
}) {
  if (!totals.length) return null;
  return (
    <Paper withBorder p="md" aria-label="Totals of the filtered list">
      {totals.map((t) => {
        const money = (minor: number) => formatMoney(minor, { locale, currency: t.currency });
        return (
          <Group key={t.currency} justify="space-between" wrap="wrap" gap="md">
            <SimpleGrid cols={{ base: 2, sm: t.balance === undefined ? 2 : 4 }} spacing="xl" style={{ flex: 1 }}>
              <Figure label={`${t.count} ${noun}${t.count === 1 ? '' : 's'}`} value={t.currency} />
              <Figure label="Total" value={money(t.total)} />
              {t.amountPaid !== undefined && <Figure label="Paid" value={money(t.amountPaid)} color="teal" />}
              {t.balance !== undefined && (
                <Figure label="Balance" value={money(t.balance)} color={t.balance > 0 ? 'orange' : undefined} />
              )}
            </SimpleGrid>
          </Group>
        );
      })}
    </Paper>
  );
}
