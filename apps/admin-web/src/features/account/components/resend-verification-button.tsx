import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { ResendVerificationEmailDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

/** "Send a new link" for the signed-in user, with what happened written under it. */
export function ResendVerificationButton({ email, ...props }: { email: string } & ButtonProps) {
  const [resend, { loading, data, error }] = useMutation(ResendVerificationEmailDocument, {
    context: { handledErrorCodes: ['*'] },
  });
  const sent = data?.resendVerificationEmail;
  return (
    <Stack gap={4}>
      <Button variant="light" loading={loading} onClick={() => void resend().catch(() => undefined)} {...props}>
        {sent ? 'Send another link' : 'Send a new link'}
      </Button>
      <Text size="sm" c={error ? 'red' : 'dimmed'} role="status" aria-live="polite">
        {error
          ? apiErrorInfo(error).message
          : sent === true
            ? `We sent a new link to ${email}.`
            : sent === false
              ? 'Your email is already confirmed.'
              : null}
      </Text>
    </Stack>
  );
}
