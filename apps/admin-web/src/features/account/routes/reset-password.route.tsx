import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { AccountPageLayout } from '../components/account-page-layout';
import { NewPasswordInput } from '../components/new-password-input';
import { newPasswordError } from '../lib/password-hint';

function LinkProblem({ message }: { message: string }) {
  return (
    <Stack gap="md">
      <Alert color="red" icon={<IconAlertCircle size={18} />} title="This link does not work" role="alert">
        {message}
      </Alert>
      <Button component={Link} to="/forgot-password" variant="light" fullWidth>
        Ask for a new link
      </Button>
    </Stack>
  );
}

/** From the reset email: a new password twice; success sends the person to sign in (no automatic sign-in). */
export function ResetPasswordRoute() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // Kept in state and dropped from the address bar, so the token stays out of history and referrers.
  const [token] = useState(() => params.get('token') ?? '');
  useEffect(() => {
    if (params.has('token')) setParams({}, { replace: true });
  }, [params, setParams]);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: newPasswordError,
      confirm: (v, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
  });
  const [reset, { loading }] = useMutation(ResetPasswordDocument, { context: { handledErrorCodes: ['*'] } });

  const submit = form.onSubmit(async ({ newPassword }) => {
    setFormError(null);
    try {
      await reset({ variables: { token, newPassword } });
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message: 'Sign in with your new password. Every device was signed out.',
      });
      navigate('/sign-in', { replace: true });
    } catch (error) {
      const info = apiErrorInfo(error);
      if (info.field === 'token') setLinkError(info.message);
      else if (!applyServerFieldError(form, error)) setFormError(info.message);
    }
  }, focusFirstError(form));

  const footer = (
    <Anchor component={Link} to="/sign-in" size="sm">
      Back to sign in
    </Anchor>
  );

  let body;
  if (!token)
    body = <LinkProblem message="The link is incomplete. Open it again from the email, or ask for a new one." />;
  else if (linkError) body = <LinkProblem message={linkError} />;
  else
    body = (
      <form onSubmit={submit} noValidate aria-label="Choose a new password">
        <Stack gap="md">
          {formError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          )}
          <NewPasswordInput label="New password" {...form.getInputProps('newPassword')} />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" fullWidth loading={loading}>
            Set new password
          </Button>
        </Stack>
      </form>
    );

  return (
    <AccountPageLayout title="Choose a new password" subtitle="You will sign in with it next" footer={footer}>
      {body}
    </AccountPageLayout>
  );
}
