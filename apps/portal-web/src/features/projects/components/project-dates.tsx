import { Text } from '@mantine/core';
import { useProjectsT } from '../i18n/projects-i18n';

export const PROJECT_COLORS = { ACTIVE: 'blue', PAUSED: 'gray', COMPLETED: 'teal', CANCELLED: 'red' } as const;

/** Calendar dates (YYYY-MM-DD) shown at noon UTC, so no time zone moves them to another day. */
export const calendarDate = (date: string) => `${date}T12:00:00Z`;

export function ProjectDates({ start, end, format }: {
  start: string | null;
  end: string | null;
  format: (value: string, options?: Intl.DateTimeFormatOptions) => string;
}) {
  const t = useProjectsT();
  const d = (v: string) => format(calendarDate(v), { dateStyle: 'medium' });
  if (start && end) return <Text size="sm" c="dimmed">{t('projects.dates', { start: d(start), end: d(end) })}</Text>;
  if (start) return <Text size="sm" c="dimmed">{t('projects.startOnly', { date: d(start) })}</Text>;
  return null;
}
