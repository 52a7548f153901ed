import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TicketsInboxDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { clientOptionsMock } from '../billing/shared/billing-documents.test-kit';
import { MainNav } from '../shell/components/main-nav';
import { TicketsInboxRoute } from './routes/tickets-inbox.route';
import { assigneesMock, globex, maya, quietInbox, ticketRow, ticketsMock } from './tickets.test-kit';

const DEFAULT = { status: ['OPEN', 'PENDING'] };
const renderInbox = (mocks: object[], route = '/tickets') =>
  renderWithProviders(<TicketsInboxRoute />, {
    viewer: viewerFixture('MANAGER'),
    route,
    path: '/tickets',
    mocks: [assigneesMock, clientOptionsMock, ...mocks] as never,
  });
const rowOf = (subject: string) => screen.getByRole('link', { name: subject }).closest('tr')!;

describe('Tickets inbox', () => {
  it('opens on open and pending tickets and marks the unread ones', async () => {
    renderInbox([
      quietInbox,
      ticketsMock(DEFAULT, [
        ticketRow({
          id: 't-1',
          subject: 'Refund please',
          unread: true,
          priority: 'URGENT',
          assignee: maya,
          assigneeUserId: maya.id,
        }),
        ticketRow({ id: 't-2', subject: 'Logo files', status: 'PENDING', client: globex, clientId: globex.id }),
      ]),
    ]);
    expect(await screen.findByRole('link', { name: 'Refund please' })).toHaveAttribute('href', '/tickets/t-1');
    const unread = rowOf('Refund please');
    expect(within(unread).getByRole('img', { name: 'Unread' })).toBeInTheDocument();
    expect(within(unread).getByText('Urgent')).toBeInTheDocument();
    expect(within(unread).getByText('Maya Manager')).toBeInTheDocument();
    const read = rowOf('Logo files');
    expect(within(read).queryByRole('img', { name: 'Unread' })).not.toBeInTheDocument();
    expect(within(read).getByText('Pending')).toBeInTheDocument();
    expect(within(read).getByText('Unassigned')).toBeInTheDocument();
    expect(within(read).getByRole('link', { name: 'Globex' })).toHaveAttribute('href', '/clients/client-2');
    expect(screen.getByText('2 tickets')).toBeInTheDocument();
  });

  it('sends each filter to the API and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const me = { ...DEFAULT, assigneeId: 'user-1' };
    renderInbox([
      quietInbox,
      ticketsMock(DEFAULT, [ticketRow({ id: 't-1', subject: 'Refund please' })]),
      ticketsMock({ ...DEFAULT, unreadOnly: true }, [ticketRow({ id: 't-3', subject: 'Unread one', unread: true })]),
      ticketsMock({ ...me, unreadOnly: true }, [ticketRow({ id: 't-4', subject: 'Mine and unread', unread: true })]),
      ticketsMock({ ...me, search: 'refund', unreadOnly: true }, [
        ticketRow({ id: 't-5', subject: 'My refund', unread: true }),
      ]),
    ]);
    await screen.findByRole('link', { name: 'Refund please' });

    await user.click(screen.getByRole('switch', { name: 'Unread only' }));
    expect(await screen.findByRole('link', { name: 'Unread one' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/tickets?unread=1');

    await user.click(screen.getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Me' }));
    expect(await screen.findByRole('link', { name: 'Mine and unread' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/tickets?assignee=me&unread=1');

    await user.type(screen.getByRole('textbox', { name: 'Search tickets' }), 'refund');
    expect(await screen.findByRole('link', { name: 'My refund' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/tickets?q=refund&assignee=me&unread=1');
  });

  it('reads its filters from the URL (the dashboard links to open tickets)', async () => {
    renderInbox(
      [
        quietInbox,
        ticketsMock({ status: ['OPEN'], priority: ['HIGH'] }, [
          ticketRow({ subject: 'High and open', priority: 'HIGH' }),
        ]),
      ],
      '/tickets?status=OPEN&priority=HIGH',
    );
    expect(await screen.findByRole('link', { name: 'High and open' })).toBeInTheDocument();
  });

  it('says when nothing matches and clears the filters', async () => {
    const user = userEvent.setup();
    renderInbox(
      [
        quietInbox,
        ticketsMock({ status: ['CLOSED'] }, []),
        ticketsMock(DEFAULT, [ticketRow({ subject: 'Back again' })]),
      ],
      '/tickets?status=CLOSED',
    );
    expect(await screen.findByText('No tickets match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'Back again' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/tickets$/);
  });

  it('shows an empty inbox with a first ticket to open', async () => {
    renderInbox([quietInbox, ticketsMock(DEFAULT, [])]);
    expect(await screen.findByText('No tickets yet')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'New ticket' })).toHaveLength(2);
  });

  it('shows a load error with a retry that works', async () => {
    const user = userEvent.setup();
    renderInbox([
      quietInbox,
      { request: ticketsMock(DEFAULT, []).request, error: new TypeError('Failed to fetch') },
      ticketsMock(DEFAULT, [ticketRow({ subject: 'After the retry' })]),
    ]);
    expect(await screen.findByText('Could not load tickets')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'After the retry' })).toBeInTheDocument();
  });

  it('pages through offset/limit pages', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 25 }, (_, i) => ticketRow({ id: `p1-${i}`, subject: `First page ${i}` }));
    renderInbox([
      quietInbox,
      ticketsMock(DEFAULT, first, 30),
      ticketsMock(DEFAULT, [ticketRow({ id: 'p2-0', subject: 'Second page 0' })], 30, 2),
    ]);
    await screen.findByRole('link', { name: 'First page 0' });
    await user.click(screen.getByRole('button', { name: '2' }));
    expect(await screen.findByRole('link', { name: 'Second page 0' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/tickets?page=2');
  });

  it('re-reads the page when the live inbox reports a change', async () => {
    renderInbox([
      {
        request: { query: TicketsInboxDocument },
        delay: 20,
        result: { data: { ticketsInbox: ticketRow({ id: 't-9', subject: 'Just opened', unread: true }) } },
      },
      ticketsMock(DEFAULT, [ticketRow({ subject: 'Older one' })]),
      ticketsMock(DEFAULT, [
        ticketRow({ id: 't-9', subject: 'Just opened', unread: true }),
        ticketRow({ subject: 'Older one' }),
      ]),
    ]);
    expect(await screen.findByRole('link', { name: 'Just opened' })).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('Just opened')).getByRole('img', { name: 'Unread' })).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Older one' })).toBeInTheDocument();
  });

  it('refreshes a page it shows from the cache when opened again', async () => {
    const user = userEvent.setup();
    function Reopen() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShown((s) => !s)}>
            Toggle inbox
          </button>
          {shown && <TicketsInboxRoute />}
        </>
      );
    }
    renderWithProviders(<Reopen />, {
      viewer: viewerFixture('MANAGER'),
      route: '/tickets',
      path: '/tickets',
      mocks: [
        assigneesMock,
        clientOptionsMock,
        quietInbox,
        ticketsMock(DEFAULT, [ticketRow({ subject: 'Before' })]),
        ticketsMock(DEFAULT, [ticketRow({ subject: 'After' })]),
      ] as never,
    });
    await screen.findByRole('link', { name: 'Before' });
    await user.click(screen.getByRole('button', { name: 'Toggle inbox' }));
    expect(screen.queryByRole('link', { name: 'Before' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toggle inbox' }));
    expect(await screen.findByRole('link', { name: 'After' })).toBeInTheDocument();
  });

  it('is in the navigation for every staff role', () => {
    renderWithProviders(<MainNav onNavigate={() => {}} />, { viewer: viewerFixture('MEMBER') });
    expect(screen.getByRole('link', { name: 'Tickets' })).toHaveAttribute('href', '/tickets');
  });
});
