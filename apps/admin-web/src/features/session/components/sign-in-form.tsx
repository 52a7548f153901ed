import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { isEmail } from '@clientflow/domain';
import { MeDocument, SignInDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { isDevBuild } from '../../../shared/lib/env';
import { TwoFactorCodeStep } from '../../two-factor/components/two-factor-code-step';
import { DemoLoginsHint } from './demo-logins-hint';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  // The password was right and the account uses two-factor: the code step replaces the form.
  const [codeStep, setCodeStep] = useState(false);
  const form = useForm<SignInValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => {
        if (!value.trim()) return 'Enter your email';
        return isEmail(value.trim()) ? null : 'Enter a valid email address';
      },
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const [signIn, { loading }] = useMutation(SignInDocument, {
    context: { handledErrorCodes: ['*'] },
    update(cache, { data }) {
      if (data?.signIn.viewer) cache.writeQuery({ query: MeDocument, data: { me: data.signIn.viewer } });
    },
  });

  const handleSubmit = form.onSubmit(async ({ email, password }) => {
    setFormError(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (data?.signIn.twoFactorRequired) setCodeStep(true);
      else onSignedIn();
    } catch (error) {
      const info = apiErrorInfo(error);
      if (info.field === 'email' || info.field === 'password') form.setFieldError(info.field, info.message);
      else setFormError(info.message);
    }
  });

  if (codeStep) {
    return (
      <TwoFactorCodeStep
        onVerified={onSignedIn}
        onRestart={(message) => {
          setCodeStep(false);
          form.setFieldValue('password', '');
          setFormError(message ?? null);
        }}
      />
    );
  }

  return (
    <Stack gap="md">
      <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
        <Stack gap="md">
          {formError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not sign in" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@agency.com"
            required
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the sign-in page is this form, and the email comes first
            autoFocus
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth loading={loading}>
            Sign in
          </Button>
        </Stack>
      </form>
      {isDevBuild && (
        <DemoLoginsHint
          onPick={(email, password) => {
            form.setValues({ email, password });
            form.clearErrors();
          }}
        />
      )}
    </Stack>
  );
}
