import { Text } from '@mantine/core';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useProjectsT } from '../i18n/projects-i18n';

export const PROJECT_COLORS = { ACTIVE: 'blue', PAUSED: 'gray', COMPLETED: 'teal', CANCELLED: 'red' } as const;

/** A project's start and estimated end, calendar dates (YYYY-MM-DD). */
export function ProjectDates({ start, end }: { start: string | null; end: string | null }) {
  const t = useProjectsT();
  const d = useFormatters().calendarDate;
  if (start && end)
    return (
      <Text size="sm" c="dimmed">
        {t('projects.dates', { start: d(start), end: d(end) })}
      </Text>
    );
  if (start)
    return (
      <Text size="sm" c="dimmed">
        {t('projects.startOnly', { date: d(start) })}
      </Text>
    );
  return null;
}
