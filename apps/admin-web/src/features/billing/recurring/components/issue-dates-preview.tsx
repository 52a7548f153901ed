import { useQuery } from '@apollo/client/react';
import { List, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  PreviewIssueDatesDocument,
  type RecurrenceFrequency,
  type RecurringMode,
} from '@clientflow/graphql-types/admin';
import { formatCalendarDate } from '@clientflow/domain';
import { useWorkspaceFormat } from '../../../session/hooks/use-viewer';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The next 12 issue dates of the schedule being edited, from the server (the domain's anchored dates). */
export function IssueDatesPreview(props: {
  startDate: string;
  endDate: string;
  frequency: RecurrenceFrequency;
  mode: RecurringMode;
}) {
  const { locale } = useWorkspaceFormat();
  const [input] = useDebouncedValue(props, 300);
  const valid =
    DATE.test(input.startDate) &&
    (!input.endDate || DATE.test(input.endDate)) &&
    (!input.endDate || input.endDate >= input.startDate);
  const { data, loading, error } = useQuery(PreviewIssueDatesDocument, {
    variables: {
      input: {
        startDate: input.startDate,
        endDate: input.endDate || null,
        frequency: input.frequency,
        mode: input.mode,
      },
    },
    skip: !valid,
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const runs = data?.previewIssueDates ?? [];
  return (
    <Stack gap={4} aria-label="Next issue dates">
      <Text size="sm" fw={500}>
        Next issue dates
      </Text>
      {!valid || error ? (
        <Text size="sm" c="dimmed">
          Choose valid start and end dates to see the schedule
        </Text>
      ) : loading && !data ? (
        <Loader size="xs" aria-label="Loading issue dates" />
      ) : (
        <List size="sm" spacing={2}>
          {runs.map((r) => (
            <List.Item key={r.periodStart}>
              {formatCalendarDate(r.issueDate, locale)}{' '}
              <Text span size="xs" c="dimmed">
                (bills {formatCalendarDate(r.periodStart, locale)} – {formatCalendarDate(r.periodEnd, locale)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
