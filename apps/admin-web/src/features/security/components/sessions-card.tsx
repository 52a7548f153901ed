import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import {
  MySessionsDocument,
  RevokeSessionDocument,
  SignOutEverywhereDocument,
  type MySessionsQuery,
} from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { ErrorState } from '../../../shared/components/error-state';
import { formatRelative } from '../../../shared/lib/format';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useWorkspaceFormat } from '../../session/hooks/use-viewer';

type Session = MySessionsQuery['mySessions'][number];

/** Settings → Security: the browsers signed in to this account, each with "Sign out", and "Sign out everywhere". */
export function SessionsCard() {
  const { locale } = useWorkspaceFormat();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, {
    fetchPolicy: 'cache-and-network',
    context: { handledErrorCodes: ['*'] },
  });
  const [revoke, revoking] = useMutation(RevokeSessionDocument, { context: { handledErrorCodes: ['*'] } });
  const [signOutAll, signingOutAll] = useMutation(SignOutEverywhereDocument, {
    context: { handledErrorCodes: ['UNAUTHENTICATED'] },
  });
  const [confirmAll, setConfirmAll] = useState(false);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const handleRevoke = async (session: Session) => {
    setPendingId(session.id);
    try {
      await revoke({ variables: { id: session.id } });
      notifications.show({ color: 'green', message: `Signed out ${session.device}` });
      await refetch();
    } catch (err) {
      notifications.show({
        color: 'red',
        title: 'Could not sign out that session',
        message: apiErrorInfo(err).message,
      });
    } finally {
      setPendingId(null);
    }
  };

  const handleSignOutAll = async () => {
    try {
      await signOutAll();
    } finally {
      await client.clearStore();
      navigate('/sign-in', { replace: true });
    }
  };

  const sessions = data?.mySessions ?? [];
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={4}>Where you're signed in</Title>
            <Text size="sm" c="dimmed">
              Sign out any browser you don't recognise. Changing your password also signs out the others.
            </Text>
          </div>
          <Button
            variant="light"
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => setConfirmAll(true)}
            disabled={!sessions.length}
          >
            Sign out everywhere
          </Button>
        </Group>
        {loading && !data ? (
          <Stack gap="xs" aria-busy="true" aria-label="Loading sessions">
            <Skeleton h={48} />
            <Skeleton h={48} />
          </Stack>
        ) : error && !data ? (
          <ErrorState
            title="Could not load your sessions"
            message={apiErrorInfo(error).message}
            onRetry={() => void refetch()}
          />
        ) : (
          <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Signed-in browsers">
            {sessions.map((s) => (
              <Group
                key={s.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                py="sm"
                gap="sm"
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              >
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <IconDeviceDesktop size={22} aria-hidden style={{ flexShrink: 0 }} />
                  <div style={{ minWidth: 0 }}>
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={500} truncate>
                        {s.device}
                      </Text>
                      {s.current && (
                        <Badge size="xs" variant="light" color="green">
                          This browser
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {s.ip} · active {formatRelative(s.lastSeenAt, locale)} · signed in{' '}
                      {formatRelative(s.createdAt, locale)}
                    </Text>
                  </div>
                </Group>
                {!s.current && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={revoking.loading && pendingId === s.id}
                    onClick={() => void handleRevoke(s)}
                    aria-label={`Sign out ${s.device} (${s.ip})`}
                  >
                    Sign out
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={confirmAll}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        loading={signingOutAll.loading}
        onCancel={() => setConfirmAll(false)}
        onConfirm={handleSignOutAll}
      >
        <Text size="sm">
          Every browser signed in to your account, this one included, will be signed out at once. You will need your
          password to sign in again.
        </Text>
      </ConfirmModal>
    </Paper>
  );
}
