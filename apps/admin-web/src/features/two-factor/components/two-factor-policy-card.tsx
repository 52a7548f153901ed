import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  MeDocument,
  SetWorkspaceTwoFactorRequiredDocument,
  WorkspaceTwoFactorPolicyDocument,
} from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useViewer } from '../../session/hooks/use-viewer';

/** Settings → Security: the workspace's "everyone must use two-factor" rule; OWNERs change it, ADMINs see it. */
export function TwoFactorPolicyCard() {
  const canView = useCan('workspace.manage');
  return canView ? <PolicyCard /> : null;
}

function PolicyCard() {
  const isOwner = useViewer().role === 'OWNER';
  const { data, loading, error, refetch } = useQuery(WorkspaceTwoFactorPolicyDocument, {
    context: { handledErrorCodes: ['*'] },
  });
  const [confirming, setConfirming] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [setRequired, saving] = useMutation(SetWorkspaceTwoFactorRequiredDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    refetchQueries: [{ query: WorkspaceTwoFactorPolicyDocument }, { query: MeDocument }],
    awaitRefetchQueries: true,
  });
  const policy = data?.workspaceTwoFactorPolicy;

  const save = async (required: boolean) => {
    setFieldError(null);
    try {
      await setRequired({ variables: { required } });
      setConfirming(false);
      notifications.show({
        color: 'teal',
        title: required ? 'Two-factor is now required' : 'Two-factor is now optional',
        message: required
          ? 'Members without it are asked to set it up before they can continue.'
          : 'Members choose for themselves.',
      });
    } catch (err) {
      setConfirming(false);
      const info = apiErrorInfo(err);
      if (info.code === 'BAD_USER_INPUT') setFieldError(info.message);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={4}>Require two-factor authentication</Title>
        {loading && !policy ? (
          <Skeleton h={24} w="70%" aria-label="Loading the two-factor rule" />
        ) : !policy ? (
          <ErrorState message={apiErrorInfo(error).message} onRetry={() => void refetch()} />
        ) : (
          <>
            <Switch
              label="Everyone in this workspace must use two-factor authentication"
              description={isOwner ? undefined : 'Only an owner can change this.'}
              checked={policy.required}
              disabled={!isOwner || saving.loading}
              error={fieldError}
              onChange={(e) => (e.currentTarget.checked ? setConfirming(true) : void save(false))}
            />
            <Text size="sm" c="dimmed" data-testid="members-without-two-factor">
              {policy.membersWithoutTwoFactor === 0
                ? `All ${policy.members} members use two-factor authentication.`
                : `${policy.membersWithoutTwoFactor} of ${policy.members} members have not turned on two-factor authentication yet.`}
            </Text>
            {policy.required && policy.membersWithoutTwoFactor > 0 && (
              <Alert color="blue">They are asked to set it up the next time they use ClientFlow.</Alert>
            )}
          </>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title="Require two-factor authentication?"
        confirmLabel="Require it"
        loading={saving.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => save(true)}
      >
        <Text size="sm">
          {policy && policy.membersWithoutTwoFactor > 0
            ? `${policy.membersWithoutTwoFactor} member(s) without two-factor will be stopped at a setup screen until they turn it on.`
            : 'Everyone already uses it; new members will have to set it up before they can continue.'}
        </Text>
      </ConfirmModal>
    </Paper>
  );
}
