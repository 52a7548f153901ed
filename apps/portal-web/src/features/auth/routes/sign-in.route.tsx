import { useMutation } from '@apollo/client/react';
import { Alert, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { RequestMagicLinkDocument } from '@clientflow/graphql-types/portal';
import { useState } from 'react';
import { useParams } from 'react-router';
import { describeError } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';
import { LinkSentPanel } from '../components/link-sent-panel';
import { SignInForm } from '../components/sign-in-form';
import { useCooldown } from '../hooks/use-cooldown';

export const RESEND_COOLDOWN_SECONDS = 60;

export function SignInRoute() {
  const t = useT();
  // Under a client's portal URL the link is requested for that client only.
  const { workspaceSlug, clientKey } = useParams();
  const entry = workspaceSlug && clientKey ? { workspaceSlug, clientKey } : {};
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [sendCount, setSendCount] = useState(0);
  const cooldown = useCooldown(RESEND_COOLDOWN_SECONDS);
  const [requestLink, { loading, error, reset }] = useMutation(RequestMagicLinkDocument, {
    context: { quietErrors: true },
  });

  async function send(address: string): Promise<void> {
    setEmail(address);
    try {
      await requestLink({ variables: { email: address, ...entry } });
    } catch {
      return; // shown below from the mutation's error state
    }
    // The answer is always true; whatever it says, the screen must look the same.
    setSent(true);
    setSendCount((count) => count + 1);
    cooldown.start();
  }

  function changeEmail(): void {
    reset();
    setSent(false);
    setSendCount(0);
  }

  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('errors.title')} role="alert">
          {describeError(error, t)}
        </Alert>
      )}
      {!sent ? (
        <SignInForm initialEmail={email} submitting={loading} onSubmit={(email) => void send(email)} />
      ) : (
        <LinkSentPanel
          email={email}
          sentAgain={sendCount > 1}
          resendIn={cooldown.remaining}
          resending={loading}
          onResend={() => void send(email)}
          onChangeEmail={changeEmail}
        />
      )}
    </Stack>
  );
}
