import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MySessionsDocument, RevokeSessionDocument, SignOutEverywhereDocument } from '@clientflow/graphql-types/admin';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { SessionsCard } from './components/sessions-card';

const now = new Date().toISOString();
const session = (id: string, device: string, current: boolean) => ({
  __typename: 'UserSession',
  id,
  device,
  ip: current ? '127.0.0.1' : '203.0.113.9',
  createdAt: now,
  lastSeenAt: now,
  current,
});
const sessions = (list: object[]) => ({
  request: { query: MySessionsDocument },
  result: { data: { mySessions: list } },
});

describe('Security → sessions', () => {
  it('lists browsers, marks this one, and signs out another one', async () => {
    const user = userEvent.setup();
    const both = [session('s-1', 'Chrome 131 on macOS', true), session('s-2', 'Firefox 133 on Linux', false)];
    renderWithProviders(<SessionsCard />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [
        sessions(both),
        {
          request: { query: RevokeSessionDocument, variables: { id: 's-2' } },
          result: { data: { revokeSession: true } },
        },
        sessions([both[0]]),
      ] as never,
    });
    const list = await screen.findByRole('list', { name: 'Signed-in browsers' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('This browser')).toBeInTheDocument();
    // No "sign out" for the browser in use: that is the user menu's job.
    expect(within(items[0]).queryByRole('button')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign out Firefox 133 on Linux (203.0.113.9)' }));
    expect(await screen.findByText('Signed out Firefox 133 on Linux')).toBeInTheDocument();
    expect(await screen.findByText('Chrome 131 on macOS')).toBeInTheDocument();
    expect(screen.queryByText('Firefox 133 on Linux')).toBeNull();
  });

  it('asks before signing out everywhere, then goes to sign-in', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SessionsCard />, {
      viewer: viewerFixture('OWNER'),
      route: '/account/security',
      path: '/account/security',
      mocks: [
        sessions([session('s-1', 'Chrome 131 on macOS', true)]),
        { request: { query: SignOutEverywhereDocument }, result: { data: { signOutEverywhere: 3 } } },
      ] as never,
    });
    await screen.findByText('Chrome 131 on macOS');
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in'));
  });
});
