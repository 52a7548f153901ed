import { useQuery } from '@apollo/client/react';
import { DataList, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ClientMetricsDocument } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { formatMinutes } from '../../time/lib/time-format';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

/** Projects, value, relationship time, logged time and (for financial roles) profitability of one client. */
export function ClientMetricsCard({ clientId }: { clientId: string }) {
  const format = useWorkspaceFormat();
  const financial = useCan('financials.view');
  const { data, loading, error } = useQuery(ClientMetricsDocument, {
    variables: { id: clientId },
    context: { handledErrorCodes: ['*'] },
  });
  const m = data?.client.metrics;
  const t = data?.client.timeTotals;
  const money = (v: number | null | undefined) => (v == null ? dash : formatMoney(v, format));

  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        Metrics
      </Title>
      {error && !data ? (
        <Text size="sm" c="red" role="alert">
          Metrics could not be loaded.
        </Text>
      ) : loading && !m ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={16} />
          <Skeleton height={16} />
          <Skeleton height={16} />
        </Stack>
      ) : m && t ? (
        <DataList>
          <Row label="Projects">{`${m.activeProjects} active of ${m.totalProjects}`}</Row>
          {financial && <Row label="Total value">{money(m.totalValue)}</Row>}
          {financial && <Row label="Average ticket">{money(m.averageTicket)}</Row>}
          <Row label="Client for">
            {m.relationshipDays == null ? dash : `${m.relationshipDays.toLocaleString(format.locale)} days`}
          </Row>
          <Row label="Time logged">{`${formatMinutes(t.minutes)} (${formatMinutes(t.billableMinutes)} billable)`}</Row>
          {financial && <Row label="Billable value">{money(m.billableValue)}</Row>}
          {financial && <Row label="Cost of time">{money(m.costOfTime)}</Row>}
          {financial && (
            <Row label="Margin">
              {m.marginPercent == null ? (
                dash
              ) : (
                <Text
                  span
                  c={m.marginPercent < 0 ? 'red' : undefined}
                >{`${m.marginPercent.toLocaleString(format.locale)} %`}</Text>
              )}
            </Row>
          )}
        </DataList>
      ) : null}
    </Paper>
  );
}
