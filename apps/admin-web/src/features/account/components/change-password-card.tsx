import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { ChangePasswordDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { newPasswordError } from '../lib/password-hint';
import { NewPasswordInput } from './new-password-input';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Settings → Security: change the password with the current one; other devices are signed out. */
export function ChangePasswordCard() {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: EMPTY,
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: newPasswordError,
      confirm: (v, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
  });
  const [change, { loading }] = useMutation(ChangePasswordDocument, { context: { handledErrorCodes: ['*'] } });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    try {
      await change({ variables: { currentPassword, newPassword } });
      form.setValues(EMPTY);
      form.resetDirty(EMPTY);
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message: 'Your other devices were signed out. We emailed you a notice.',
      });
    } catch (error) {
      if (!applyServerFieldError(form, error)) setFormError(apiErrorInfo(error).message);
    }
  }, focusFirstError(form));

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate aria-label="Change password">
        <Stack gap="md">
          <div>
            <Title order={4}>Password</Title>
            <Text size="sm" c="dimmed">
              Changing it signs you out everywhere except on this device.
            </Text>
          </div>
          {formError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          )}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordInput label="New password" {...form.getInputProps('newPassword')} />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
