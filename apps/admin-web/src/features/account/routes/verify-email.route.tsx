import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { EmailVerificationStatusDocument, VerifyEmailDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { AccountPageLayout } from '../components/account-page-layout';
import { ResendVerificationButton } from '../components/resend-verification-button';

type Outcome = { kind: 'pending' } | { kind: 'verified' } | { kind: 'failed'; message: string };

/** Opened from the verification email: confirms at once (the link is the proof), then offers the way on. */
export function VerifyEmailRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { kind: 'pending' } : { kind: 'failed', message: 'The link is incomplete. Open it again from the email.' },
  );
  const status = useQuery(EmailVerificationStatusDocument, { context: { handledErrorCodes: ['*'] } });
  const [verify] = useMutation(VerifyEmailDocument, {
    context: { handledErrorCodes: ['*'] },
    refetchQueries: [EmailVerificationStatusDocument],
  });

  // Once per token, even when React runs effects twice in development.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    verify({ variables: { token } }).then(
      () => setOutcome({ kind: 'verified' }),
      (error: unknown) => setOutcome({ kind: 'failed', message: apiErrorInfo(error).message }),
    );
  }, [token, verify]);

  const me = status.data?.me;
  let body;
  if (outcome.kind === 'pending') {
    body = (
      <Center py="md" role="status" aria-live="polite">
        <Stack align="center" gap="xs">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Confirming your email…
          </Text>
        </Stack>
      </Center>
    );
  } else if (outcome.kind === 'verified' || me?.user.emailVerified) {
    body = (
      <Stack gap="md">
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Email confirmed" role="status">
          Thank you. Your email address is confirmed.
        </Alert>
        <Button component={Link} to={me ? '/' : '/sign-in'} fullWidth>
          {me ? 'Continue to ClientFlow' : 'Sign in'}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="md">
        <Alert color="red" icon={<IconAlertCircle size={18} />} title="This link does not work" role="alert">
          {outcome.message}
        </Alert>
        {me ? (
          <ResendVerificationButton email={me.user.email} fullWidth />
        ) : (
          <Text size="sm">
            <Anchor component={Link} to="/sign-in">
              Sign in
            </Anchor>{' '}
            to get a new link.
          </Text>
        )}
      </Stack>
    );
  }

  return <AccountPageLayout title="Confirm your email">{body}</AccountPageLayout>;
}
