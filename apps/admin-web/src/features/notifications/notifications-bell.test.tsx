import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { NotificationsBell } from './components/notifications-bell';

const notification = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id: 'n-1',
  kind: 'TICKET_ASSIGNED',
  title: 'Ticket assigned to you: Refund please',
  body: 'Acme Corp',
  ticketId: 't-1',
  clientId: 'client-1',
  readAt: null,
  createdAt: '2026-03-10T10:00:00.000Z',
  ...overrides,
});
const listMock = (notifications: object[], unreadNotificationCount: number) => ({
  request: { query: NotificationsDocument, variables: { first: 20 } },
  result: { data: { notifications, unreadNotificationCount } },
});
const quiet = { request: { query: NotificationAddedDocument }, delay: Infinity };
const read = notification({
  id: 'n-0',
  title: 'New message on "Logo files"',
  body: 'Looks great!',
  ticketId: 't-0',
  readAt: '2026-03-09T12:00:00.000Z',
  createdAt: '2026-03-09T10:00:00.000Z',
});

const renderBell = (mocks: object[]) =>
  renderWithProviders(<NotificationsBell />, {
    viewer: viewerFixture('MANAGER'),
    route: '/clients',
    path: '/clients',
    mocks: mocks as never,
  });

describe('NotificationsBell', () => {
  it('shows the unread count and lists the newest notifications, unread ones marked', async () => {
    const user = userEvent.setup();
    renderBell([quiet, listMock([notification(), read], 1)]);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    const dropdown = await screen.findByRole('dialog');
    const items = within(dropdown).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('Ticket assigned to you: Refund please')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('img', { name: 'Unread' })).toBeInTheDocument();
    expect(within(items[1]!).queryByRole('img', { name: 'Unread' })).not.toBeInTheDocument();
    expect(within(items[1]!).getByText('Looks great!')).toBeInTheDocument();
  });

  it('opens the ticket of a notification and marks it read', async () => {
    const user = userEvent.setup();
    const mark = jest.fn(() => ({ data: { markNotificationsRead: 1 } }));
    renderBell([
      quiet,
      listMock([notification(), read], 1),
      { request: { query: MarkNotificationsReadDocument, variables: { ids: ['n-1'] } }, result: mark },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await user.click(await screen.findByText('Ticket assigned to you: Refund please'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/tickets/t-1'));
    await waitFor(() => expect(mark).toHaveBeenCalledTimes(1));
  });

  it('marks everything read', async () => {
    const user = userEvent.setup();
    const mark = jest.fn(() => ({ data: { markNotificationsRead: 2 } }));
    renderBell([
      quiet,
      listMock([notification(), notification({ id: 'n-2', title: 'Internal note on "Refund please"' })], 2),
      { request: { query: MarkNotificationsReadDocument, variables: { ids: null } }, result: mark },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const dropdown = await screen.findByRole('dialog');
    expect(within(dropdown).getAllByRole('img', { name: 'Unread' })).toHaveLength(2);
    await user.click(within(dropdown).getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(mark).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(within(dropdown).queryByRole('img', { name: 'Unread' })).not.toBeInTheDocument();
    expect(within(dropdown).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('counts a live notification and shows it as a toast that opens the ticket', async () => {
    const user = userEvent.setup();
    const mark = jest.fn(() => ({ data: { markNotificationsRead: 1 } }));
    renderBell([
      { request: { query: MarkNotificationsReadDocument, variables: { ids: ['n-9'] } }, result: mark },
      {
        request: { query: NotificationAddedDocument },
        delay: 60,
        result: {
          data: {
            notificationAdded: notification({
              id: 'n-9',
              kind: 'TICKET_MESSAGE',
              title: 'New message on "Refund please"',
              body: 'Any news?',
              createdAt: '2026-03-11T10:00:00.000Z',
            }),
          },
        },
      },
      listMock([read], 0),
    ]);
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    const toast = (await screen.findAllByText('New message on "Refund please"'))[0]!.closest(
      '.mantine-Notification-root',
    ) as HTMLElement;
    expect(within(toast).getByText('Any news?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Notifications, 1 unread' }));
    const items = within(await screen.findByRole('dialog')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('New message on "Refund please"');
    expect(items).toHaveLength(2);

    await user.click(within(toast).getByRole('button', { name: 'Open ticket' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/tickets/t-1'));
    await waitFor(() => expect(mark).toHaveBeenCalledTimes(1));
  });

  it('says so when there is nothing yet', async () => {
    const user = userEvent.setup();
    renderBell([quiet, listMock([], 0)]);
    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/No notifications yet/)).toBeInTheDocument();
  });
});
