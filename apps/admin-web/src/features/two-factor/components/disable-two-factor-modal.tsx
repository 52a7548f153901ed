import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DisableTwoFactorDocument, MeDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

interface DisableTwoFactorModalProps {
  opened: boolean;
  onClose: () => void;
  /** The workspace requires two-factor: turning it off sends the user straight back to the setup. */
  workspaceRequires: boolean;
}

/** Turning two-factor off: the password and a code from the app (or a recovery code). */
export function DisableTwoFactorModal({ opened, onClose, workspaceRequires }: DisableTwoFactorModalProps) {
  const form = useForm({
    initialValues: { password: '', code: '' },
    validate: {
      password: (v) => (v ? null : 'Enter your password'),
      code: (v) => (v.trim() ? null : 'Enter a code from your app or a recovery code'),
    },
  });
  const [disable, { loading, error }] = useMutation(DisableTwoFactorDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'RATE_LIMITED'] },
    refetchQueries: [{ query: MeDocument }, 'TwoFactorStatus', 'WorkspaceTwoFactorPolicy'],
    awaitRefetchQueries: true,
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async ({ password, code }) => {
    try {
      await disable({ variables: { password, code: code.trim() } });
      notifications.show({
        color: 'teal',
        title: 'Two-factor is off',
        message: 'Your other sessions were signed out.',
      });
      close();
    } catch (err) {
      if (applyServerFieldError(form, err)) form.setFieldValue('code', '');
    }
  });
  const info = error ? apiErrorInfo(error) : null;

  return (
    <Modal opened={opened} onClose={close} title="Turn off two-factor authentication" centered>
      <form onSubmit={submit} noValidate aria-label="Turn off two-factor authentication">
        <Stack gap="md">
          <Text size="sm">
            Without it, your password alone signs in to your account. Every other browser signed in to your account is
            signed out.
          </Text>
          {workspaceRequires && (
            <Alert color="yellow" title="Your workspace requires two-factor">
              You will be asked to set it up again before you can continue.
            </Alert>
          )}
          {info?.code === 'RATE_LIMITED' && (
            <Alert color="red" role="alert">
              Too many attempts. Wait 15 minutes and try again.
            </Alert>
          )}
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label="Authentication or recovery code"
            autoComplete="one-time-code"
            required
            {...form.getInputProps('code')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={loading}>
              Turn off
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
