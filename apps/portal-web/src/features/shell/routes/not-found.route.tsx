import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../shared/i18n/i18n-provider';

export function NotFoundRoute() {
  const t = useT();
  return (
    <Center mih="100dvh" p="md" component="main">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Text c="dimmed" fw={700} size="xl">
          404
        </Text>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed">{t('notFound.body')}</Text>
        <Button component={Link} to="/" mt="sm">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
