import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Image, Stack, Text, Tooltip, ActionIcon } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCopy } from '@tabler/icons-react';
import { ConfirmTwoFactorSetupDocument, StartTwoFactorSetupDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { CodeInput } from './code-input';

interface TwoFactorSetupFlowProps {
  /** The first code was right: two-factor is on; `codes` are the recovery codes, to show once. */
  onEnabled: (codes: string[]) => void;
  onCancel?: () => void;
  startLabel?: string;
}

/** Scan the QR code (or type the key), then confirm with the first code the app shows. */
export function TwoFactorSetupFlow({
  onEnabled,
  onCancel,
  startLabel = 'Turn on two-factor authentication',
}: TwoFactorSetupFlowProps) {
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [start, started] = useMutation(StartTwoFactorSetupDocument, { context: { handledErrorCodes: ['*'] } });
  const [confirm, confirming] = useMutation(ConfirmTwoFactorSetupDocument, {
    context: { handledErrorCodes: ['*'] },
    // By name: only the ones on screen (the policy is not readable by every role).
    refetchQueries: ['TwoFactorStatus', 'WorkspaceTwoFactorPolicy'],
  });
  const setup = started.data?.startTwoFactorSetup;

  const begin = async () => {
    setFormError(null);
    setCode('');
    setFieldError(null);
    try {
      await start();
    } catch (error) {
      setFormError(apiErrorInfo(error).message);
    }
  };

  const submit = async (value = code) => {
    if (!/^\d{6}$/.test(value)) {
      setFieldError('Enter the 6-digit code from your app');
      return;
    }
    setFieldError(null);
    setFormError(null);
    try {
      const { data } = await confirm({ variables: { code: value } });
      if (data) onEnabled(data.confirmTwoFactorSetup);
    } catch (error) {
      const info = apiErrorInfo(error);
      if (info.code === 'BAD_USER_INPUT') {
        setFieldError(info.message);
        setCode('');
      } else if (info.code === 'RATE_LIMITED') setFormError('Too many wrong codes. Wait 15 minutes and try again.');
      else setFormError(info.message);
    }
  };

  const errorAlert = formError && (
    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
      {formError}
    </Alert>
  );

  if (!setup) {
    return (
      <Stack gap="sm" align="flex-start">
        {errorAlert}
        <Button onClick={() => void begin()} loading={started.loading}>
          {startLabel}
        </Button>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      aria-label="Set up two-factor authentication"
    >
      <Stack gap="md">
        <Text size="sm">
          1. Scan this QR code with an authenticator app (Google Authenticator, 1Password, Authy, Microsoft
          Authenticator…).
        </Text>
        <Image
          src={setup.qrCodeDataUrl}
          alt="QR code to add ClientFlow to your authenticator app"
          w={200}
          h={200}
          fit="contain"
        />
        <Stack gap={4}>
          <Text size="sm">Can’t scan it? Type this key into the app instead:</Text>
          <Group gap="xs" wrap="nowrap">
            <Code fz="sm" style={{ wordBreak: 'break-all' }} data-testid="two-factor-secret">
              {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Code>
            <CopyButton value={setup.secret} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy key'} withArrow>
                  <ActionIcon variant="subtle" onClick={copy} aria-label={copied ? 'Copied' : 'Copy key'}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Stack>
        <Text size="sm">2. Enter the 6-digit code the app shows for ClientFlow.</Text>
        {errorAlert}
        <CodeInput value={code} onChange={setCode} onComplete={(v) => void submit(v)} error={fieldError} />
        <Group gap="xs">
          <Button type="submit" loading={confirming.loading}>
            Confirm
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={confirming.loading}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
