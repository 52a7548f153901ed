import { useQuery } from '@apollo/client/react';
import { Alert, Group, Text } from '@mantine/core';
import { IconMailExclamation } from '@tabler/icons-react';
import { EmailVerificationStatusDocument } from '@clientflow/graphql-types/admin';
import { ResendVerificationButton } from './resend-verification-button';

/** Shown in the app shell until the signed-in user opens their verification link. */
export function VerifyEmailBanner() {
  const { data } = useQuery(EmailVerificationStatusDocument, { context: { handledErrorCodes: ['*'] } });
  const user = data?.me?.user;
  if (!user || user.emailVerified) return null;
  return (
    <Alert color="yellow" icon={<IconMailExclamation size={18} />} title="Confirm your email" radius={0}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" maw={560}>
          We sent a link to {user.email}. Open it to confirm your address; until then you cannot invite teammates.
        </Text>
        <ResendVerificationButton email={user.email} size="xs" />
      </Group>
    </Alert>
  );
}
