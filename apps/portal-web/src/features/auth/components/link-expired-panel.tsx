import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/dictionary.types';
import { useT } from '../../../shared/i18n/i18n-provider';

interface LinkExpiredPanelProps {
  titleKey?: MessageKey;
  bodyKey?: MessageKey;
  actionKey?: MessageKey;
}

export function LinkExpiredPanel({
  titleKey = 'continue.expiredTitle',
  bodyKey = 'continue.expiredBody',
  actionKey = 'continue.requestNew',
}: LinkExpiredPanelProps) {
  const t = useT();
  return (
    <Stack gap="md" role="alert">
      <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden>
        <IconLinkOff size={26} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          {t(titleKey)}
        </Title>
        <Text c="dimmed" mt={6}>
          {t(bodyKey)}
        </Text>
      </div>
      <Button component={Link} to="/sign-in" size="md" fullWidth>
        {t(actionKey)}
      </Button>
    </Stack>
  );
}
