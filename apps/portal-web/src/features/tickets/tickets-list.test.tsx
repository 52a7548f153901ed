import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PortalTicketsDocument } from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';
import { invoiceReference, me, ticket, ticketsList } from './tickets.test-kit';

const WITHOUT_TICKETS = portalViewer().permissions.filter((p) => p !== 'OPEN_TICKETS');

describe('portal tickets list', () => {
  it('lists the client’s tickets with their status from the client’s side, last activity and reference', async () => {
    await renderApp({
      path: '/tickets',
      mocks: [
        me(),
        ticketsList([
          ticket({ id: 't1', subject: 'Checkout page shows an error', status: 'PENDING', reference: invoiceReference }),
          ticket({ id: 't2', subject: 'New logo files', status: 'OPEN' }),
          ticket({ id: 't3', subject: 'Old question', status: 'CLOSED' }),
        ]),
      ],
    });
    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveAttribute('href', '/tickets/t1');
    expect(within(rows[0]).getByText('Awaiting your reply')).toBeInTheDocument();
    expect(within(rows[0]).getByText('About: Invoice INV-0004')).toBeInTheDocument();
    const lastActivity = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2026-03-03T15:30:00Z'),
    );
    expect(within(rows[0]).getByText(`Last activity ${lastActivity}`)).toBeInTheDocument();
    expect(within(rows[1]).getByText('Waiting for the agency')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Closed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open new ticket' })).toHaveAttribute('href', '/tickets/new');
    // The section is in the navigation once its route exists and the contact may open tickets.
    expect(
      within(screen.getByRole('navigation', { name: 'Portal sections' })).getByRole('link', { name: 'Support' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('invites to open the first ticket when there is none', async () => {
    await renderApp({ path: '/tickets', mocks: [me(), ticketsList([])] });
    expect(await screen.findByText('No tickets yet')).toBeInTheDocument();
    expect(
      screen.getByText('Need help with something? Open a ticket and Northwind Studio will answer you here.'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Open new ticket' })).toHaveLength(1);
    expect(screen.queryByTestId('ticket-row')).not.toBeInTheDocument();
  });

  it('shows a skeleton while loading, then an error with a retry that works', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/tickets',
      mocks: [
        me(),
        { request: { query: PortalTicketsDocument }, error: new TypeError('Failed to fetch'), delay: 300 },
        ticketsList([ticket()]),
      ],
    });
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument();
    expect(await screen.findByText("We couldn't load your tickets.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Checkout page shows an error')).toBeInTheDocument();
  });

  it('pages long lists', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 23 }, (_, i) => ticket({ id: `t${i}`, subject: `Question ${i}` }));
    await renderApp({ path: '/tickets', mocks: [me(), ticketsList(many)] });
    expect(await screen.findAllByTestId('ticket-row')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: '2' }));
    expect(await screen.findAllByTestId('ticket-row')).toHaveLength(3);
    expect(screen.getByText('Question 22')).toBeInTheDocument();
  });

  it('speaks the agency’s language', async () => {
    await renderApp({
      path: '/tickets',
      mocks: [
        { ...me(), result: { data: { portalMe: portalViewer({ locale: 'pt' }) } } },
        ticketsList([ticket({ status: 'PENDING', reference: invoiceReference })]),
      ],
    });
    expect(await screen.findByText('Aguardando sua resposta')).toBeInTheDocument();
    expect(screen.getByText('Sobre: Fatura INV-0004')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Suporte' })).toBeInTheDocument();
  });

  it.each(['/tickets', '/tickets/new', '/tickets/t1'])(
    'keeps %s closed to a contact without OPEN_TICKETS',
    async (path) => {
      await renderApp({ path, mocks: [me(WITHOUT_TICKETS)] });
      expect(await screen.findByText("This isn't part of your portal access")).toBeInTheDocument();
      expect(
        within(screen.getByRole('navigation', { name: 'Portal sections' })).queryByRole('link', { name: 'Support' }),
      ).not.toBeInTheDocument();
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    },
  );
});
