import type { ReactNode } from 'react';
import { Button, Card, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeError } from '../errors/api-error';
import { useT } from '../i18n/i18n-provider';

/** The loading, empty and error states every portal page uses, so they look and read the same everywhere. */
export function LoadingState() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}

export function EmptyState({ icon, title, hint }: { icon: ReactNode; title: string; hint: string }) {
  return (
    <Card>
      <Stack align="center" ta="center" gap="xs" py="xl">
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed" maw={420}>
          {hint}
        </Text>
      </Stack>
    </Card>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Card>
      <Stack align="center" ta="center" gap="xs" py="xl" role="alert">
        <IconAlertTriangle size={32} color="var(--mantine-color-red-6)" aria-hidden />
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {describeError(error, t)}
        </Text>
        <Button variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Card>
  );
}

export function PageHeader({ title, intro, action }: { title: string; intro?: string; action?: ReactNode }) {
  return (
    <Stack gap={4} mb="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      {intro && <Text c="dimmed">{intro}</Text>}
      {action}
    </Stack>
  );
}
