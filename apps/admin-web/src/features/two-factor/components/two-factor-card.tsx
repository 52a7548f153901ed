import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { TwoFactorStatusDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { formatDate } from '../../../shared/lib/format';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useViewer, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { DisableTwoFactorModal } from './disable-two-factor-modal';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { RegenerateCodesModal } from './regenerate-codes-modal';
import { TwoFactorSetupFlow } from './two-factor-setup-flow';

type Mode = 'view' | { codes: string[] };

/** Settings → Security: the user's own two-factor authentication (turn on, recovery codes, turn off). */
export function TwoFactorCard() {
  const viewer = useViewer();
  const format = useWorkspaceFormat();
  const { data, loading, error, refetch } = useQuery(TwoFactorStatusDocument, {
    context: { handledErrorCodes: ['*'] },
  });
  const [mode, setMode] = useState<Mode>('view');
  const [modal, setModal] = useState<'disable' | 'regenerate' | null>(null);
  // Cancelling a started setup remounts the flow at its first step.
  const [setupKey, setSetupKey] = useState(0);
  const status = data?.twoFactorStatus;

  const body = (() => {
    if (typeof mode === 'object') {
      return <RecoveryCodesPanel codes={mode.codes} account={viewer.user.email} onDone={() => setMode('view')} />;
    }
    if (loading && !status) {
      return (
        <Stack gap="xs" aria-busy="true" aria-label="Loading two-factor status">
          <Skeleton h={16} w="60%" />
          <Skeleton h={36} w={220} />
        </Stack>
      );
    }
    if (!status) {
      return <ErrorState message={apiErrorInfo(error).message} onRetry={() => void refetch()} />;
    }
    if (!status.enabled) {
      return (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            Besides your password, ask for a code from an app on your phone when you sign in. A stolen password is then
            not enough to get into your account.
          </Text>
          <TwoFactorSetupFlow
            key={setupKey}
            onEnabled={(codes) => setMode({ codes })}
            onCancel={() => setSetupKey((k) => k + 1)}
          />
        </Stack>
      );
    }
    return (
      <Stack gap="sm">
        <Text size="sm">
          {status.enabledAt ? `On since ${formatDate(status.enabledAt, format)}. ` : ''}Signing in asks for a code from
          your authenticator app.
        </Text>
        <Text size="sm" c={status.recoveryCodesRemaining <= 2 ? 'red' : 'dimmed'}>
          {status.recoveryCodesRemaining === 1
            ? '1 recovery code left.'
            : `${status.recoveryCodesRemaining} recovery codes left.`}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => setModal('regenerate')}>
            New recovery codes
          </Button>
          <Button variant="subtle" color="red" onClick={() => setModal('disable')}>
            Turn off
          </Button>
        </Group>
      </Stack>
    );
  })();

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>Two-factor authentication</Title>
          {status &&
            (status.enabled ? (
              <Badge color="teal" leftSection={<IconShieldCheck size={14} />}>
                On
              </Badge>
            ) : (
              <Badge color="gray" leftSection={<IconShieldOff size={14} />}>
                Off
              </Badge>
            ))}
        </Group>
        {body}
      </Stack>
      <DisableTwoFactorModal
        opened={modal === 'disable'}
        onClose={() => setModal(null)}
        workspaceRequires={viewer.workspace.requireTwoFactor}
      />
      <RegenerateCodesModal
        opened={modal === 'regenerate'}
        onClose={() => setModal(null)}
        account={viewer.user.email}
      />
    </Paper>
  );
}
