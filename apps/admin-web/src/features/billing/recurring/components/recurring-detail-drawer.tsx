import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Center, Drawer, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause, IconPlayerPlay, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import {
  DeleteRecurringInvoiceDocument,
  PauseRecurringInvoiceDocument,
  RecurringInvoiceDetailDocument,
  ResumeRecurringInvoiceDocument,
} from '@clientflow/graphql-types/admin';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { ConfirmModal } from '../../../../shared/components/confirm-modal';
import { ErrorState } from '../../../../shared/components/error-state';
import { humanizeEnum } from '../../../../shared/lib/format';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { STATUS_COLORS } from '../lib/recurring-form';
import { RecurringFormModal } from './recurring-form-modal';

const OUTCOME_LABELS = {
  INVOICED: 'Invoiced',
  NOTHING_TO_BILL: 'Nothing to bill',
  SKIPPED: 'Skipped (paused)',
} as const;

/** A schedule's details: upcoming issue dates, the billed periods (period → invoice), pause/resume/edit/delete. */
export function RecurringDetailDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const format = useWorkspaceFormat();
  const canManage = useCan('billing.manage');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { data, loading, error, refetch } = useQuery(RecurringInvoiceDetailDocument, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  const [pause, { loading: pausing }] = useMutation(PauseRecurringInvoiceDocument);
  const [resume, { loading: resuming }] = useMutation(ResumeRecurringInvoiceDocument, {
    refetchQueries: ['RecurringInvoiceDetail'],
  });
  const [remove, { loading: removing }] = useMutation(DeleteRecurringInvoiceDocument, {
    refetchQueries: ['RecurringInvoices'],
  });
  const s = data?.recurringInvoice;
  const money = (n: number) => formatMoney(n, { locale: format.locale, currency: s?.currency ?? format.currency });

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'teal', message: done });
    } catch (e) {
      notifications.show({ color: 'red', title: 'That did not work', message: apiErrorInfo(e).message });
    }
  };

  return (
    <Drawer opened={!!id} onClose={onClose} position="right" size="lg" title={s?.name ?? 'Recurring invoice'}>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading recurring invoice">
          <Loader />
        </Center>
      ) : !s ? (
        <ErrorState
          title="Could not load this recurring invoice"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : (
        <Stack gap="lg">
          <Group gap="xs">
            <Badge color={STATUS_COLORS[s.status]} variant="light">
              {humanizeEnum(s.status)}
            </Badge>
            <Text size="sm">
              {s.client?.name} · {humanizeEnum(s.frequency)} ·{' '}
              {s.mode === 'HOURS' ? `hours of ${s.project?.name ?? 'a project'}` : s.totals && money(s.totals.total)}
            </Text>
          </Group>
          {canManage && (
            <Group gap="xs">
              {s.status === 'ACTIVE' && (
                <Button
                  variant="default"
                  leftSection={<IconPlayerPause size={16} />}
                  loading={pausing}
                  onClick={() => void run(() => pause({ variables: { id: s.id } }), 'Paused')}
                >
                  Pause
                </Button>
              )}
              {s.status === 'PAUSED' && (
                <Button
                  variant="default"
                  leftSection={<IconPlayerPlay size={16} />}
                  loading={resuming}
                  onClick={() => void run(() => resume({ variables: { id: s.id } }), 'Resumed from today')}
                >
                  Resume
                </Button>
              )}
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => setDeleting(true)}
              >
                Delete
              </Button>
            </Group>
          )}
          <Stack gap={4}>
            <Title order={4} size="h5">
              Upcoming
            </Title>
            {s.upcoming.length ? (
              <List size="sm" spacing={2}>
                {s.upcoming.slice(0, 6).map((r) => (
                  <List.Item key={r.periodStart}>
                    {formatCalendarDate(r.issueDate, format.locale)}{' '}
                    <Text span size="xs" c="dimmed">
                      (bills {formatCalendarDate(r.periodStart, format.locale)} –{' '}
                      {formatCalendarDate(r.periodEnd, format.locale)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                Nothing left to bill: the schedule has reached its end date.
              </Text>
            )}
          </Stack>
          <Stack gap={4}>
            <Title order={4} size="h5">
              Billed periods
            </Title>
            {s.runs.length ? (
              <Table.ScrollContainer minWidth={420}>
                <Table verticalSpacing={6}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Period</Table.Th>
                      <Table.Th>Invoice</Table.Th>
                      <Table.Th ta="right">Total</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.runs.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          {formatCalendarDate(r.periodStart, format.locale)} –{' '}
                          {formatCalendarDate(r.periodEnd, format.locale)}
                        </Table.Td>
                        <Table.Td>
                          {r.invoiceId ? (
                            <Anchor component={Link} to={`/invoices/${r.invoiceId}`}>
                              {r.invoiceNumber ?? 'Draft'}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {r.outcome === 'INVOICED' ? 'Deleted draft' : OUTCOME_LABELS[r.outcome]}
                            </Text>
                          )}
                          {r.invoiceStatus && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              · {humanizeEnum(r.invoiceStatus)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{r.invoiceTotal == null ? '—' : money(r.invoiceTotal)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Text size="sm" c="dimmed">
                No period billed yet. The first invoice is created on{' '}
                {formatCalendarDate(s.nextIssueDate, format.locale) || '—'}.
              </Text>
            )}
          </Stack>
          {editing && (
            <RecurringFormModal opened schedule={s} onClose={() => setEditing(false)} onSaved={() => void refetch()} />
          )}
          <ConfirmModal
            opened={deleting}
            title="Delete this recurring invoice?"
            confirmLabel="Delete schedule"
            loading={removing}
            onCancel={() => setDeleting(false)}
            onConfirm={async () => {
              await run(() => remove({ variables: { id: s.id } }), 'Recurring invoice deleted');
              setDeleting(false);
              onClose();
            }}
          >
            <Text size="sm">No more invoices will be created. The invoices it already created stay as they are.</Text>
          </ConfirmModal>
        </Stack>
      )}
    </Drawer>
  );
}
