import { Alert, Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowRight, IconLogin2 } from '@tabler/icons-react';
import { describeError } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';

interface TokenContinuePanelProps {
  title: string;
  body: string;
  button: string;
  loading: boolean;
  error: unknown;
  onContinue: () => void;
}

/**
 * The "click to continue" step of emailed links: mail scanners prefetch links, so opening one must not use it.
 */
export function TokenContinuePanel({ title, body, button, loading, error, onContinue }: TokenContinuePanelProps) {
  const t = useT();
  return (
    <Stack gap="md">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconLogin2 size={26} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed" mt={6}>
          {body}
        </Text>
      </div>
      {error != null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('errors.title')} role="alert">
          {describeError(error, t)}
        </Alert>
      )}
      <Button
        size="md"
        fullWidth
        loading={loading}
        rightSection={<IconArrowRight size={18} aria-hidden />}
        onClick={onContinue}
      >
        {button}
      </Button>
    </Stack>
  );
}
