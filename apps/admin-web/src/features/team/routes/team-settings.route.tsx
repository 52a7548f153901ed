import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailPlus, IconMailOff } from '@tabler/icons-react';
import type { MemberActions, Role } from '@clientflow/domain';
import {
  TeamInvitationsDocument,
  TeamMembersDocument,
  type TeamMemberFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useViewer } from '../../session/hooks/use-viewer';
import { ChangeRoleModal } from '../components/change-role-modal';
import { InvitationsTable } from '../components/invitations-table';
import { TwoFactorPolicyCard } from '../../two-factor/components/two-factor-policy-card';
import { InviteMemberModal } from '../components/invite-member-modal';
import { MembersTable, type MemberAction } from '../components/members-table';
import { RemoveMemberModal } from '../components/remove-member-modal';
import { TransferOwnershipModal } from '../components/transfer-ownership-modal';

type Member = TeamMemberFieldsFragment;

/** Settings → Team (owners and admins): members, pending invitations, invite, change role, remove, transfer. */
export function TeamSettingsRoute() {
  const viewer = useViewer();
  const canManage = useCan('members.manage');
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<{ action: MemberAction; member: Member; allowed: MemberActions } | null>(null);
  const members = useQuery(TeamMembersDocument, { skip: !canManage, context: { handledErrorCodes: ['*'] } });
  const invitations = useQuery(TeamInvitationsDocument, { skip: !canManage, context: { handledErrorCodes: ['*'] } });
  if (!canManage) return <ForbiddenState message="Only owners and admins can manage the team." />;

  const list = members.data?.teamMembers ?? [];
  const invites = invitations.data?.teamInvitations ?? [];
  const locale = viewer.workspace.locale;
  const actor = { userId: viewer.user.id, role: viewer.role as Role };
  const target = (action: MemberAction) => (pending?.action === action ? pending.member : null);
  const close = () => setPending(null);

  let membersBody: React.ReactNode;
  if (members.loading && !members.data) {
    membersBody = (
      <Center py="xl" role="status" aria-label="Loading members">
        <Loader />
      </Center>
    );
  } else if (!members.data) {
    membersBody = (
      <ErrorState
        title="Could not load the team"
        message={apiErrorInfo(members.error).message}
        onRetry={() => void members.refetch()}
      />
    );
  } else {
    membersBody = (
      <MembersTable
        members={list}
        viewer={actor}
        locale={locale}
        onAction={(action, member, allowed) => setPending({ action, member, allowed })}
      />
    );
  }

  let invitationsBody: React.ReactNode;
  if (invitations.loading && !invitations.data) {
    invitationsBody = (
      <Center py="md" role="status" aria-label="Loading invitations">
        <Loader size="sm" />
      </Center>
    );
  } else if (!invitations.data) {
    invitationsBody = (
      <ErrorState
        title="Could not load invitations"
        message={apiErrorInfo(invitations.error).message}
        onRetry={() => void invitations.refetch()}
      />
    );
  } else if (invites.length === 0) {
    invitationsBody = (
      <EmptyState
        py="lg"
        variant="light"
        icon={<IconMailOff />}
        title="No pending invitations"
        description="Invite a teammate by email: they get a link that works once, for 7 days."
      />
    );
  } else {
    invitationsBody = <InvitationsTable invitations={invites} viewerRole={actor.role} locale={locale} />;
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>Team</Title>
          <Text size="sm" c="dimmed">
            Who can sign in to {viewer.workspace.name}, and what they can do.
          </Text>
        </div>
        <Button leftSection={<IconMailPlus size={16} />} onClick={() => setInviting(true)}>
          Invite teammate
        </Button>
      </Group>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Members
        </Title>
        {membersBody}
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Pending invitations
        </Title>
        {invitationsBody}
      </Paper>
      <TwoFactorPolicyCard />

      <InviteMemberModal opened={inviting} viewerRole={actor.role} onClose={() => setInviting(false)} />
      <ChangeRoleModal member={target('changeRole')} roles={pending?.allowed.changeRoleTo ?? []} onClose={close} />
      <TransferOwnershipModal member={target('transfer')} onClose={close} />
      <RemoveMemberModal
        member={target('remove') ?? target('leave')}
        self={pending?.action === 'leave'}
        members={list}
        onClose={close}
      />
    </Stack>
  );
}
