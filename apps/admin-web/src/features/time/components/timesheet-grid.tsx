import { Table, Text } from '@mantine/core';
import type { MyTimesheetQuery } from '@clientflow/graphql-types/admin';
import { formatCalendarDate } from '@clientflow/domain';
import { formatMinutes } from '../lib/time-format';

type Sheet = MyTimesheetQuery['myTimesheet'];

const dayLabel = (iso: string, locale: string) => formatCalendarDate(iso, locale, { weekday: 'short', day: 'numeric' });

/** Projects × days of one week with row, day and week totals. */
export function TimesheetGrid({ sheet, locale, today }: { sheet: Sheet; locale: string; today: string }) {
  const cell = (m: number) =>
    m ? (
      formatMinutes(m)
    ) : (
      <Text span c="dimmed">
        –
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover withTableBorder aria-label="Week timesheet">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Project</Table.Th>
            {sheet.days.map((d) => (
              <Table.Th key={d} ta="right" c={d === today ? 'blue' : undefined}>
                {dayLabel(d, locale)}
              </Table.Th>
            ))}
            <Table.Th ta="right">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.rows.map((r) => (
            <Table.Tr key={r.projectId}>
              <Table.Td>
                <Text size="sm" fw={500} truncate maw={240}>
                  {r.project?.name ?? 'Project'}
                </Text>
                {r.project?.clientName && (
                  <Text size="xs" c="dimmed" truncate maw={240}>
                    {r.project.clientName}
                  </Text>
                )}
              </Table.Td>
              {r.days.map((m, i) => (
                <Table.Td key={sheet.days[i]} ta="right">
                  {cell(m)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {formatMinutes(r.total)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            {sheet.dayTotals.map((m, i) => (
              <Table.Th key={sheet.days[i]} ta="right">
                {cell(m)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{formatMinutes(sheet.total)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
