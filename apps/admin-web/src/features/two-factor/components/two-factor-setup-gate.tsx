import { useState, type ReactNode } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Box, Button, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { MeDocument, SignOutDocument } from '@clientflow/graphql-types/admin';
import { useViewer } from '../../session/hooks/use-viewer';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { TwoFactorSetupFlow } from './two-factor-setup-flow';

/**
 * While the workspace requires two-factor and the viewer has none (`me.twoFactorSetupRequired`), only the setup is
 * shown (the API refuses everything else); afterwards, `children`. Mount inside the signed-in viewer's context.
 */
export function TwoFactorSetupGate({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  // Codes are shown before `me` is re-read: re-reading lifts the gate.
  const [codes, setCodes] = useState<string[] | null>(null);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, signingOut] = useMutation(SignOutDocument, {
    context: { handledErrorCodes: ['UNAUTHENTICATED'] },
  });
  const [finishing, setFinishing] = useState(false);

  if (!viewer.twoFactorSetupRequired && !codes) return <>{children}</>;

  const handleSignOut = async () => {
    try {
      await signOut();
    } finally {
      await client.clearStore();
      navigate('/sign-in', { replace: true });
    }
  };

  const finish = async () => {
    setFinishing(true);
    try {
      await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
    } finally {
      setFinishing(false);
      setCodes(null);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Box w="100%" maw={520}>
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="md">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={40} radius="md" variant="light">
                <IconShieldLock size={24} />
              </ThemeIcon>
              <Title order={3}>Your workspace requires two-factor authentication</Title>
            </Group>
            {codes ? (
              <RecoveryCodesPanel codes={codes} account={viewer.user.email} onDone={() => void finish()} />
            ) : (
              <>
                <Text size="sm">
                  {viewer.workspace.name} asks everyone to confirm sign-ins with a code from an authenticator app on
                  their phone. Set it up now to continue; it takes a minute.
                </Text>
                <TwoFactorSetupFlow onEnabled={setCodes} startLabel="Set up two-factor authentication" />
              </>
            )}
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="gray"
                loading={signingOut.loading || finishing}
                onClick={() => void handleSignOut()}
              >
                Sign out
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
