import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PortalStatementQuery } from '@clientflow/graphql-types/portal';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useStatementT } from '../i18n/statement-i18n';

type Summary = PortalStatementQuery['portalStatement'];

function Figure({ label, values, hint, tone }: { label: string; values: string[]; hint: string; tone?: 'red' }) {
  return (
    <Card withBorder>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        {values.map((v) => (
          <Text key={v} fz={26} fw={700} c={tone} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {v}
          </Text>
        ))}
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </Stack>
    </Card>
  );
}

/** What is owed, late and paid, one line per currency (amounts in different currencies are never added). */
export function StatementSummary({ summary }: { summary: Summary }) {
  const t = useStatementT();
  const f = useFormatters();
  const rows = summary.byCurrency;
  const amounts = (pick: (r: Summary['byCurrency'][number]) => number) =>
    rows.length ? rows.map((r) => f.money(pick(r), r.currency)) : ['—'];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Figure
        label={t('statement.outstanding')}
        values={amounts((r) => r.outstanding)}
        hint={
          summary.nextDueDate
            ? t('statement.nextDue', { date: f.calendarDate(summary.nextDueDate) })
            : t('statement.nothingDue')
        }
      />
      <Figure
        label={t('statement.overdue')}
        values={amounts((r) => r.overdue)}
        hint={t('statement.overdueCount', { count: summary.overdueCount })}
        tone={summary.overdueCount ? 'red' : undefined}
      />
      <Figure
        label={t('statement.paid')}
        values={amounts((r) => r.paid)}
        hint={t('statement.paidCount', { count: summary.paidCount })}
      />
    </SimpleGrid>
  );
}
