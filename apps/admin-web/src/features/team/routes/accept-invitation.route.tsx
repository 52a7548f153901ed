import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Role } from '@clientflow/domain';
import { InvitationPreviewDocument, MeDocument, SignOutDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { AcceptInvitationForm } from '../components/accept-invitation-form';
import { RoleBadge } from '../components/role-badge';
import { AccountPageLayout } from '../../account/components/account-page-layout';

/** Public: /accept-invite?token=… — the link in the invitation email. */
export function AcceptInvitationRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const client = useApolloClient();
  const preview = useQuery(InvitationPreviewDocument, {
    variables: { token },
    skip: !token,
    context: { handledErrorCodes: ['*'] },
  });
  const me = useQuery(MeDocument, { context: { handledErrorCodes: ['*'] } });
  const [signOut, signingOut] = useMutation(SignOutDocument, { context: { handledErrorCodes: ['*'] } });
  const here = `/accept-invite?token=${encodeURIComponent(token)}`;

  const frame = (children: React.ReactNode) => <AccountPageLayout>{children}</AccountPageLayout>;

  if (token && (preview.loading || me.loading) && !preview.data)
    return frame(
      <Center role="status" aria-label="Loading the invitation">
        <Loader />
      </Center>,
    );
  if (preview.error)
    return frame(
      <ErrorState
        title="Could not open the invitation"
        message={apiErrorInfo(preview.error).message}
        onRetry={() => void preview.refetch()}
      />,
    );
  const invitation = preview.data?.invitationPreview;
  if (!token || !invitation)
    return frame(
      <Stack gap="sm">
        <Title order={3}>This invitation link is not valid</Title>
        <Text size="sm" c="dimmed">
          Check that you opened the whole link from the email, or ask for a new invitation.
        </Text>
      </Stack>,
    );

  const closed: Record<string, string> = {
    EXPIRED: `This invitation has expired. Ask ${invitation.inviterName ?? 'the person who invited you'} to send a new one.`,
    ACCEPTED: 'This invitation was already used. Sign in to open the workspace.',
    REVOKED: 'This invitation was withdrawn. Ask the workspace for a new one if you still need access.',
  };
  const signedInEmail = me.data?.me?.user.email ?? null;

  return frame(
    <Stack gap="md">
      <div>
        <Title order={3}>Join {invitation.agencyName}</Title>
        <Text size="sm" c="dimmed">
          {invitation.inviterName ?? 'Someone'} invited <strong>{invitation.email}</strong> to join as{' '}
          <RoleBadge role={invitation.role as Role} />
        </Text>
      </div>
      {invitation.status !== 'PENDING' ? (
        <Alert color={invitation.status === 'ACCEPTED' ? 'blue' : 'orange'} role="alert">
          {closed[invitation.status]}{' '}
          {invitation.status === 'ACCEPTED' && (
            <Anchor component={Link} to="/sign-in">
              Sign in
            </Anchor>
          )}
        </Alert>
      ) : !invitation.accountExists || invitation.signedInAsInvitee ? (
        <AcceptInvitationForm
          token={token}
          email={invitation.email}
          newAccount={!invitation.accountExists}
          onAccepted={() => navigate('/', { replace: true })}
        />
      ) : signedInEmail ? (
        <Stack gap="sm">
          <Text size="sm">
            You are signed in as <strong>{signedInEmail}</strong>, but this invitation is for{' '}
            <strong>{invitation.email}</strong>. Sign in as {invitation.email} to accept it.
          </Text>
          <Button
            variant="default"
            loading={signingOut.loading}
            onClick={async () => {
              await signOut().catch(() => undefined);
              await client.clearStore();
              navigate(`/sign-in?next=${encodeURIComponent(here)}`);
            }}
          >
            Sign out and sign in as {invitation.email}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {invitation.email} already has a ClientFlow account. Sign in with it to accept the invitation.
          </Text>
          <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`}>
            Sign in to accept
          </Button>
        </Stack>
      )}
    </Stack>,
  );
}
