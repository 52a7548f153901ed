import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { ClientBillingSummaryDocument } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';

function Stat({ label, value, hint, color }: { label: string; value: string; hint?: string; color?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The client's money at a glance: invoiced, paid (lifetime value), outstanding, how fast they pay, what is open. */
export function ClientBillingHeader({ clientId, locale }: { clientId: string; locale: string }) {
  const { data } = useQuery(ClientBillingSummaryDocument, {
    variables: { id: clientId },
    fetchPolicy: 'cache-and-network',
  });
  const s = data?.client.billingSummary;
  if (!data) {
    return (
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} aria-busy>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} height={84} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  if (!s) return null;
  const money = (minor: number) => formatMoney(minor, { locale, currency: s.currency });
  const days = s.averageDaysToPay;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} aria-label="Billing summary">
      <Stat label="Total invoiced" value={money(s.totalInvoiced)} />
      <Stat label="Total paid" value={money(s.totalPaid)} hint="Lifetime value" color="teal" />
      <Stat label="Outstanding" value={money(s.outstanding)} color={s.outstanding > 0 ? 'orange' : undefined} />
      <Stat
        label="Average days to pay"
        value={days === null ? '—' : Math.round(days).toLocaleString(locale)}
        hint={days === null ? 'No paid invoices yet' : 'From issue to paid in full'}
      />
      <Stat
        label="Open invoices"
        value={String(s.openInvoiceCount)}
        hint={s.overdueCount ? `${s.overdueCount} overdue` : 'None overdue'}
        color={s.overdueCount ? 'red' : undefined}
      />
    </SimpleGrid>
  );
}
