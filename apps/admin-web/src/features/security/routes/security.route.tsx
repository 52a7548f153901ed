import { Stack, Text, Title } from '@mantine/core';
import { ChangePasswordCard } from '../../account/components/change-password-card';
import { TwoFactorCard } from '../../two-factor/components/two-factor-card';
import { SessionsCard } from '../components/sessions-card';

/** /account/security: the signed-in person's own security (every role). */
export function SecurityRoute() {
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={2}>Security</Title>
        <Text c="dimmed" size="sm">
          Your password, two-factor authentication and the browsers signed in to your account.
        </Text>
      </div>
      <ChangePasswordCard />
      <TwoFactorCard />
      <SessionsCard />
    </Stack>
  );
}
