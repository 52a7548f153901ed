import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { RecurringInvoiceRowFragment } from '@clientflow/graphql-types/admin';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { humanizeEnum, type WorkspaceFormat } from '../../../../shared/lib/format';
import { STATUS_COLORS } from '../lib/recurring-form';

interface RecurringTableProps {
  schedules: readonly RecurringInvoiceRowFragment[];
  format: WorkspaceFormat;
  showClient: boolean;
  onOpen(schedule: RecurringInvoiceRowFragment): void;
}

/** Schedules with what each invoice comes to and when the next one is created; a row opens its details. */
export function RecurringTable({ schedules, format, showClient, onOpen }: RecurringTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {showClient && <Table.Th>Client</Table.Th>}
            <Table.Th>Frequency</Table.Th>
            <Table.Th ta="right">Each invoice</Table.Th>
            <Table.Th>Next issue</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedules.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component="button" type="button" fw={500} onClick={() => onOpen(s)}>
                  {s.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {s.mode === 'HOURS' ? `Hours of ${s.project?.name ?? 'a project'}` : 'Fixed lines'} ·{' '}
                  {s.autoSend ? 'sent automatically' : 'drafts'}
                </Text>
              </Table.Td>
              {showClient && <Table.Td>{s.client?.name ?? '—'}</Table.Td>}
              <Table.Td>{humanizeEnum(s.frequency)}</Table.Td>
              <Table.Td ta="right">
                {s.totals
                  ? formatMoney(s.totals.total, { locale: format.locale, currency: s.currency })
                  : 'Time billed'}
              </Table.Td>
              <Table.Td>
                {s.status === 'ACTIVE' ? formatCalendarDate(s.nextIssueDate, format.locale) || '—' : '—'}
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[s.status]} variant="light">
                  {humanizeEnum(s.status)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
