import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconClockPlus, IconClock } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { addDays, isoWeekStart, localDate } from '@clientflow/domain';
import { MyTimesheetDocument, type TimeEntryFieldsFragment } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { LogTimeModal } from '../components/log-time-modal';
import { TimeEntriesList } from '../components/time-entries-list';
import { TimerWidget } from '../components/timer-widget';
import { TimesheetGrid } from '../components/timesheet-grid';
import { formatMinutes } from '../lib/time-format';

export function TimeRoute() {
  const format = useWorkspaceFormat();
  const showCost = useCan('financials.view');
  const today = localDate(new Date(), format.timeZone);
  const [params, setParams] = useSearchParams();
  const requested = params.get('week');
  const weekStart = isoWeekStart(requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today);
  const { data, loading, error, refetch } = useQuery(MyTimesheetDocument, {
    variables: { weekStart },
    context: { handledErrorCodes: ['*'] },
  });
  const sheet = data?.myTimesheet.weekStart === weekStart ? data.myTimesheet : undefined;
  const [modal, setModal] = useState<{ entry: TimeEntryFieldsFragment | null } | null>(null);
  const goTo = (week: string) => setParams(week === isoWeekStart(today) ? {} : { week }, { replace: true });
  const range = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(
    new Date(`${weekStart}T00:00:00Z`),
    new Date(`${addDays(weekStart, 6)}T00:00:00Z`),
  );
  const entries = sheet?.rows.flatMap((r) => r.entries) ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Time</Title>
        <Button leftSection={<IconClockPlus size={16} />} onClick={() => setModal({ entry: null })}>
          Log time
        </Button>
      </Group>
      <TimerWidget />
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label="Previous week" onClick={() => goTo(addDays(weekStart, -7))}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Text fw={600} miw={140} ta="center">
            {range}
          </Text>
          <ActionIcon variant="default" aria-label="Next week" onClick={() => goTo(addDays(weekStart, 7))}>
            <IconChevronRight size={16} />
          </ActionIcon>
          {weekStart !== isoWeekStart(today) && (
            <Button variant="subtle" size="xs" onClick={() => goTo(isoWeekStart(today))}>
              This week
            </Button>
          )}
        </Group>
        {sheet && <Text c="dimmed" size="sm">{`${formatMinutes(sheet.total)} this week`}</Text>}
      </Group>
      {error && !sheet ? (
        <ErrorState
          title="Could not load the timesheet"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : loading && !sheet ? (
        <Skeleton height={220} radius="md" />
      ) : sheet && sheet.rows.length ? (
        <>
          <TimesheetGrid sheet={sheet} locale={format.locale} today={today} />
          <TimeEntriesList
            entries={entries}
            format={format}
            showCost={showCost}
            onEdit={(entry) => setModal({ entry })}
          />
        </>
      ) : (
        <EmptyState
          icon={<IconClock />}
          title="No time logged this week"
          description="Start the timer or log time by hand."
        />
      )}
      {modal && (
        <LogTimeModal
          opened
          entry={modal.entry}
          defaultDate={weekStart === isoWeekStart(today) ? today : weekStart}
          onClose={() => setModal(null)}
        />
      )}
    </Stack>
  );
}
