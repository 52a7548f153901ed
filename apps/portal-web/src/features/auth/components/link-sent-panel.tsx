import { Button, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useT } from '../../../shared/i18n/i18n-provider';

interface LinkSentPanelProps {
  email: string;
  sentAgain: boolean;
  resendIn: number;
  resending: boolean;
  onResend: () => void;
  onChangeEmail: () => void;
}

/** Identical for every address: the portal never reveals whether an email has access. */
export function LinkSentPanel({ email, sentAgain, resendIn, resending, onResend, onChangeEmail }: LinkSentPanelProps) {
  const t = useT();
  return (
    <Stack gap="md" role="status" aria-live="polite">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconMailForward size={26} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          {t('signIn.sentTitle')}
        </Title>
        <Text mt={6}>{t('signIn.sentBody')}</Text>
      </div>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('signIn.sentFor', { email })}
      </Text>
      {sentAgain && <Text size="sm">{t('signIn.sentAgain')}</Text>}
      <Text size="sm" c="dimmed">
        {t('signIn.spamHint')}
      </Text>
      <Group gap="sm" wrap="wrap">
        <Button variant="light" onClick={onResend} loading={resending} disabled={resendIn > 0}>
          {resendIn > 0 ? t('signIn.resendIn', { seconds: resendIn }) : t('signIn.resend')}
        </Button>
        <Button variant="subtle" color="gray" onClick={onChangeEmail}>
          {t('signIn.differentEmail')}
        </Button>
      </Group>
    </Stack>
  );
}
