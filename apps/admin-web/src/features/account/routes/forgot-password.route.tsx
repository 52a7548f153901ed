import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isEmail } from '@clientflow/domain';
import { RequestPasswordResetDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { AccountPageLayout } from '../components/account-page-layout';

/** Always the same confirmation, whether or not the address has an account (the server answers the same too). */
export function ForgotPasswordRoute() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (v) => (!v.trim() ? 'Enter your email' : isEmail(v.trim()) ? null : 'Enter a valid email address'),
    },
  });
  const [request, { loading }] = useMutation(RequestPasswordResetDocument, {
    context: { handledErrorCodes: ['*'] },
  });

  const submit = form.onSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      if (!applyServerFieldError(form, error)) setFormError(apiErrorInfo(error).message);
    }
  });

  const footer = (
    <Anchor component={Link} to="/sign-in" size="sm">
      Back to sign in
    </Anchor>
  );

  return (
    <AccountPageLayout
      title="Forgot your password?"
      subtitle="We will email you a link to choose a new one"
      footer={footer}
    >
      {sentTo ? (
        <Stack gap="md">
          <Alert color="teal" icon={<IconMailCheck size={18} />} title="Check your email" role="status">
            If an account exists for {sentTo}, we sent it a link to reset the password. The link works once, for 30
            minutes.
          </Alert>
          <Text size="sm" c="dimmed">
            Nothing arrived? Check the spam folder, or{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)}>
              try another address
            </Anchor>
            .
          </Text>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Reset your password">
          <Stack gap="md">
            {formError && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                {formError}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              placeholder="you@agency.com"
              required
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the page is this one field
              autoFocus
              {...form.getInputProps('email')}
            />
            <Button type="submit" fullWidth loading={loading}>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AccountPageLayout>
  );
}
