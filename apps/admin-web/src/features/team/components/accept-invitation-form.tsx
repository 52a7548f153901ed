import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH } from '@clientflow/domain';
import { AcceptInvitationDocument, MeDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

interface AcceptValues {
  name: string;
  password: string;
}

/** The accept button, with name and password when the invited email has no account yet. */
export function AcceptInvitationForm({
  token,
  email,
  newAccount,
  onAccepted,
}: {
  token: string;
  email: string;
  newAccount: boolean;
  onAccepted(): void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [accept, { loading }] = useMutation(AcceptInvitationDocument, {
    context: { handledErrorCodes: ['*'] },
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.acceptInvitation } });
    },
  });
  const form = useForm<AcceptValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '' },
    validate: newAccount
      ? {
          name: (v) => (v.trim() ? null : 'Enter your name'),
          password: (v) => (v.length >= PASSWORD_MIN_LENGTH ? null : `Use at least ${PASSWORD_MIN_LENGTH} characters`),
        }
      : {},
  });
  const submit = form.onSubmit(async ({ name, password }) => {
    setFormError(null);
    try {
      await accept({ variables: { input: newAccount ? { token, name: name.trim(), password } : { token } } });
      onAccepted();
    } catch (error) {
      if (!applyServerFieldError(form, error)) setFormError(apiErrorInfo(error).message);
    }
  }, focusFirstError(form));

  return (
    <form onSubmit={submit} noValidate aria-label="Accept the invitation">
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert" title="Could not accept">
            {formError}
          </Alert>
        )}
        {newAccount && (
          <>
            <TextInput label="Email" value={email} readOnly autoComplete="username" />
            <TextInput
              label="Your name"
              required
              autoComplete="name"
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <PasswordInput
              label="Choose a password"
              description={`At least ${PASSWORD_MIN_LENGTH} characters; a passphrase is easiest to remember.`}
              required
              autoComplete="new-password"
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
          </>
        )}
        {!newAccount && (
          <Text size="sm">
            You are signed in as <strong>{email}</strong>.
          </Text>
        )}
        <Button type="submit" fullWidth loading={loading}>
          {newAccount ? 'Create account and join' : 'Accept and join'}
        </Button>
      </Stack>
    </form>
  );
}
