import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../shared/i18n/i18n-provider';

export function LinkExpiredPanel() {
  const t = useT();
  return (
    <Stack gap="md" role="alert">
      <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden>
        <IconLinkOff size={26} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          {t('continue.expiredTitle')}
        </Title>
        <Text c="dimmed" mt={6}>
          {t('continue.expiredBody')}
        </Text>
      </div>
      <Button component={Link} to="/sign-in" size="md" fullWidth>
        {t('continue.requestNew')}
      </Button>
    </Stack>
  );
}
