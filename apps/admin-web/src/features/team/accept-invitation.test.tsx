import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AcceptInvitationDocument, InvitationPreviewDocument, MeDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { AcceptInvitationRoute } from './routes/accept-invitation.route';

const TOKEN = 'a'.repeat(43);
const preview = (over: Record<string, unknown> = {}) => ({
  request: { query: InvitationPreviewDocument, variables: { token: TOKEN } },
  result: {
    data: {
      invitationPreview: {
        __typename: 'InvitationPreview',
        agencyName: 'Northwind Studio',
        email: 'new@agency.test',
        role: 'MANAGER',
        inviterName: 'Olivia Owner',
        status: 'PENDING',
        expiresAt: '2030-01-01T00:00:00.000Z',
        accountExists: false,
        signedInAsInvitee: false,
        ...over,
      },
    },
  },
});
const signedOut = { request: { query: MeDocument }, result: { data: { me: null } } };
const signedInAs = (email: string) => {
  const viewer = viewerFixture('MEMBER');
  return { request: { query: MeDocument }, result: { data: { me: { ...viewer, user: { ...viewer.user, email } } } } };
};

const renderAccept = (mocks: object[]) =>
  renderWithProviders(<AcceptInvitationRoute />, {
    mocks: mocks as never,
    route: `/accept-invite?token=${TOKEN}`,
    path: '/accept-invite',
  });

describe('Accept invitation', () => {
  it('a new account: shows agency, role and email, asks name and password, shows server field errors, then signs in', async () => {
    const user = userEvent.setup();
    const accepted = viewerFixture('MANAGER');
    renderAccept([
      preview(),
      signedOut,
      {
        request: {
          query: AcceptInvitationDocument,
          variables: { input: { token: TOKEN, name: 'Nina New', password: 'password1234' } },
        },
        result: {
          errors: [
            new GraphQLError('This password is too common', {
              extensions: { code: 'BAD_USER_INPUT', field: 'password' },
            }),
          ],
        },
      },
      {
        request: {
          query: AcceptInvitationDocument,
          variables: { input: { token: TOKEN, name: 'Nina New', password: 'violet staple orbit' } },
        },
        result: { data: { acceptInvitation: accepted } },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Join Northwind Studio' })).toBeInTheDocument();
    expect(screen.getByText('Manager')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('new@agency.test');

    await user.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(await screen.findByText('Enter your name')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Nina New');
    const password = screen.getByLabelText(/Choose a password/);
    await user.type(password, 'password1234');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(await screen.findByText('This password is too common')).toBeInTheDocument();

    await user.clear(password);
    await user.type(password, 'violet staple orbit');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });

  it('an existing account, signed out: offers sign-in that comes back here', async () => {
    renderAccept([preview({ accountExists: true }), signedOut]);
    const link = await screen.findByRole('link', { name: 'Sign in to accept' });
    expect(link).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent(`/accept-invite?token=${TOKEN}`)}`);
    expect(screen.queryByLabelText(/Choose a password/)).not.toBeInTheDocument();
  });

  it('an existing account, signed in as the invitee: one button accepts', async () => {
    const user = userEvent.setup();
    renderAccept([
      preview({ accountExists: true, signedInAsInvitee: true }),
      signedInAs('new@agency.test'),
      {
        request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN } } },
        result: { data: { acceptInvitation: viewerFixture('MANAGER') } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Accept and join' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });

  it('signed in as someone else: says whose invitation it is and offers to switch', async () => {
    renderAccept([preview({ accountExists: true }), signedInAs('other@agency.test')]);
    expect(await screen.findByText(/You are signed in as/)).toHaveTextContent('other@agency.test');
    expect(screen.getByRole('button', { name: 'Sign out and sign in as new@agency.test' })).toBeInTheDocument();
  });

  it('an expired invitation says so and names who can send a new one', async () => {
    renderAccept([preview({ status: 'EXPIRED' }), signedOut]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation has expired. Ask Olivia Owner to send a new one.',
    );
    expect(screen.queryByRole('button', { name: /join/ })).not.toBeInTheDocument();
  });

  it('an unknown link says it is not valid', async () => {
    renderAccept([
      {
        request: { query: InvitationPreviewDocument, variables: { token: TOKEN } },
        result: { data: { invitationPreview: null } },
      },
      signedOut,
    ]);
    expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeInTheDocument();
  });
});
