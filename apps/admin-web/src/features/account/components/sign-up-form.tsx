import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { isEmail } from '@clientflow/domain';
import { MeDocument, SignUpDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { newPasswordError } from '../lib/password-hint';
import { NewPasswordInput } from './new-password-input';

interface SignUpValues {
  name: string;
  email: string;
  password: string;
  agencyName: string;
}

/** The browser's language and time zone become the account's and the workspace's defaults. */
function browserDefaults(): { locale?: string; timezone?: string } {
  try {
    return { locale: navigator.language || undefined, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  } catch {
    return {};
  }
}

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    initialValues: { name: '', email: '', password: '', agencyName: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter your name'),
      email: (v) => (!v.trim() ? 'Enter your email' : isEmail(v.trim()) ? null : 'Enter a valid email address'),
      password: newPasswordError,
      agencyName: (v) => (v.trim() ? null : 'Enter the name of your agency'),
    },
  });

  const [signUp, { loading }] = useMutation(SignUpDocument, {
    context: { handledErrorCodes: ['*'] },
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.signUp } });
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await signUp({ variables: { input: { ...values, email: values.email.trim(), ...browserDefaults() } } });
      onSignedUp();
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      setFormError(apiErrorInfo(error).message);
    }
  }, focusFirstError(form));

  return (
    <form onSubmit={submit} noValidate aria-label="Create your account">
      <Stack gap="md">
        {formError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not create the account" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Your name" autoComplete="name" required maxLength={100} {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          placeholder="you@agency.com"
          required
          {...form.getInputProps('email')}
        />
        <NewPasswordInput label="Password" {...form.getInputProps('password')} />
        <TextInput
          label="Agency name"
          description="Your workspace; you can rename it later"
          autoComplete="organization"
          required
          maxLength={100}
          {...form.getInputProps('agencyName')}
        />
        <Button type="submit" fullWidth loading={loading}>
          Create account
        </Button>
      </Stack>
    </form>
  );
}
