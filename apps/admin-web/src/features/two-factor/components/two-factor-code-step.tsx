import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { MeDocument, VerifySignInCodeDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { CodeInput } from './code-input';

interface TwoFactorCodeStepProps {
  onVerified: () => void;
  /** Back to the password (the 5-minute challenge expired, or the user chose to). */
  onRestart: (message?: string) => void;
}

/** The sign-in's second step: the app's 6-digit code, or a recovery code instead. */
export function TwoFactorCodeStep({ onVerified, onRestart }: TwoFactorCodeStepProps) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [verify, { loading }] = useMutation(VerifySignInCodeDocument, {
    // The step shows every error itself, an expired challenge (UNAUTHENTICATED) included.
    context: { handledErrorCodes: ['*', 'UNAUTHENTICATED'] },
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.verifySignInCode } });
    },
  });

  const submit = async (value = code) => {
    const trimmed = value.trim();
    setFormError(null);
    if (useRecovery ? !trimmed : !/^\d{6}$/.test(trimmed)) {
      setFieldError(useRecovery ? 'Enter one of your recovery codes' : 'Enter the 6-digit code');
      return;
    }
    setFieldError(null);
    try {
      await verify({ variables: { code: trimmed } });
      onVerified();
    } catch (error) {
      const info = apiErrorInfo(error);
      if (info.code === 'UNAUTHENTICATED') onRestart(info.message);
      else if (info.code === 'BAD_USER_INPUT') {
        setFieldError(info.message);
        setCode('');
      } else if (info.code === 'RATE_LIMITED')
        setFormError('Too many wrong codes. Wait 15 minutes before trying again.');
      else setFormError(info.message);
    }
  };

  const switchMode = () => {
    setUseRecovery((v) => !v);
    setCode('');
    setFieldError(null);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      aria-label="Two-factor authentication"
    >
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconShieldLock size={20} aria-hidden />
          <Text size="sm">
            {useRecovery
              ? 'Enter one of the recovery codes you saved when you turned on two-factor authentication. Each works once.'
              : 'Open your authenticator app and enter the 6-digit code for ClientFlow.'}
          </Text>
        </Group>
        {formError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not sign in" role="alert">
            {formError}
          </Alert>
        )}
        {useRecovery ? (
          <TextInput
            label="Recovery code"
            placeholder="xxxxx-xxxxx"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the code is the only thing this step asks for
            autoFocus
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError}
          />
        ) : (
          <CodeInput
            value={code}
            onChange={setCode}
            onComplete={(value) => void submit(value)}
            error={fieldError}
            disabled={loading}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the code is the only thing this step asks for
            autoFocus
          />
        )}
        <Button type="submit" fullWidth loading={loading}>
          Verify
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor component="button" type="button" size="sm" onClick={switchMode}>
            {useRecovery ? 'Use your authenticator app instead' : 'Use a recovery code instead'}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => onRestart()}>
            Back to sign in
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
