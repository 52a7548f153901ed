import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@clientflow/domain';
import { RemoveMemberDocument, TeamInvitationsDocument, TeamMembersDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { TeamSettingsRoute } from './routes/team-settings.route';

const member = (id: string, name: string, role: Role, managedClientCount = 0) => ({
  __typename: 'TeamMember' as const,
  id,
  name,
  email: `${id}@demo.test`,
  role,
  lastSignInAt: null,
  joinedAt: '2025-01-01T00:00:00.000Z',
  managedClientCount,
});
// The viewer fixture is user-1.
const MEMBERS = [
  member('owner-2', 'Oscar Owner', 'OWNER'),
  member('user-1', 'Viewer', 'ADMIN'),
  member('manager-1', 'Maya Manager', 'MANAGER'),
  member('member-1', 'Mo Member', 'MEMBER', 3),
];
const membersMock = { request: { query: TeamMembersDocument }, result: { data: { teamMembers: MEMBERS } } };
const invitationsMock = (invitations: object[] = []) => ({
  request: { query: TeamInvitationsDocument },
  result: { data: { teamInvitations: invitations } },
});

const renderTeam = (role: Role, mocks: object[]) => {
  const viewer = viewerFixture(role);
  return renderWithProviders(<TeamSettingsRoute />, {
    mocks: mocks as never,
    viewer: { ...viewer, role, user: { ...viewer.user, id: 'user-1' } },
  });
};

describe('Team settings', () => {
  it('lists members and shows the empty invitations state', async () => {
    renderTeam('ADMIN', [membersMock, invitationsMock()]);
    const table = await screen.findByRole('table', { name: 'Members' });
    expect(within(table).getByText('Mo Member')).toBeInTheDocument();
    expect(within(table).getAllByText('Never')).toHaveLength(4);
    expect(await screen.findByText('No pending invitations')).toBeInTheDocument();
  });

  it('an ADMIN can invite as Admin, Manager or Member, never Owner', async () => {
    const user = userEvent.setup();
    renderTeam('ADMIN', [membersMock, invitationsMock()]);
    await user.click(await screen.findByRole('button', { name: 'Invite teammate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a teammate' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options.map((o) => o?.split(' — ')[0])).toEqual(['Admin', 'Manager', 'Member']);
  });

  it('an OWNER may invite another owner', async () => {
    const user = userEvent.setup();
    renderTeam('OWNER', [membersMock, invitationsMock()]);
    await user.click(await screen.findByRole('button', { name: 'Invite teammate' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('combobox', { name: 'Role' }));
    expect((await screen.findAllByRole('option'))[0]).toHaveTextContent(/^Owner/);
  });

  it('an ADMIN gets no actions on an owner, and no transfer anywhere', async () => {
    const user = userEvent.setup();
    renderTeam('ADMIN', [membersMock, invitationsMock()]);
    await screen.findByRole('table', { name: 'Members' });
    expect(screen.queryByRole('button', { name: 'Actions for Oscar Owner' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Actions for Maya Manager' }));
    expect(await screen.findByRole('menuitem', { name: 'Change role' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Transfer ownership' })).not.toBeInTheDocument();
  });

  it('removing a member who manages clients asks who takes them over, then sends that choice', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    renderTeam('ADMIN', [
      membersMock,
      invitationsMock(),
      {
        request: {
          query: RemoveMemberDocument,
          variables: (v: Record<string, unknown>) => {
            sent = v;
            return true;
          },
        },
        result: { data: { removeMember: true } },
      },
      membersMock,
    ]);
    await user.click(await screen.findByRole('button', { name: 'Actions for Mo Member' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove from workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Mo Member?' });
    expect(within(dialog).getByText(/signed out of this workspace at once/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Choose who takes over their 3 clients.');
    expect(sent).toBeNull();

    await user.click(within(dialog).getByRole('combobox', { name: /Who takes over their 3 clients/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Oscar Owner', 'Viewer', 'Maya Manager']);
    await user.click(screen.getByRole('option', { name: 'Maya Manager' }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    await waitFor(() => expect(sent).toEqual({ userId: 'member-1', reassignClientsTo: 'manager-1' }));
    expect(await screen.findByText('Mo Member no longer has access.')).toBeInTheDocument();
  });

  it('a MANAGER sees the forbidden state', () => {
    renderTeam('MANAGER', []);
    expect(screen.getByText('Only owners and admins can manage the team.')).toBeInTheDocument();
  });
});
