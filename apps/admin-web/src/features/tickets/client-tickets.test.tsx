import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ClientDocument, OpenTicketDocument, TicketClientContactsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { clientDetailFixture } from '../clients/clients.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { clientOptionsMock } from '../billing/shared/billing-documents.test-kit';
import { ClientDetailRoute } from '../clients/routes/client-detail.route';
import { TicketsInboxRoute } from './routes/tickets-inbox.route';
import { assigneesMock, quietInbox, ticketRow, ticketsMock } from './tickets.test-kit';

const clientMock = {
  request: { query: ClientDocument, variables: { id: 'client-1', withFinancials: true } },
  result: { data: { client: clientDetailFixture() } },
};
const contactsMock = {
  request: { query: TicketClientContactsDocument, variables: { clientId: 'client-1' } },
  result: {
    data: {
      client: {
        __typename: 'Client',
        id: 'client-1',
        name: 'Acme Corp',
        contacts: [
          { __typename: 'Contact', id: 'contact-1', name: 'Ada Lovelace', email: 'ada@acme.test', isPrimary: true },
          { __typename: 'Contact', id: 'contact-2', name: 'Bob Billing', email: null, isPrimary: false },
        ],
      },
    },
  },
  maxUsageCount: 5,
};
const openInput = {
  clientId: 'client-1',
  contactId: 'contact-1',
  subject: 'Kick-off questions',
  message: 'A few questions before we start.',
  priority: 'HIGH',
  assigneeId: null,
  attachmentIds: null,
};

const renderClientTab = (mocks: object[]) =>
  renderWithProviders(<ClientDetailRoute />, {
    viewer: viewerFixture('OWNER'),
    route: '/clients/client-1?tab=tickets',
    path: '/clients/:id',
    mocks: [clientMock, assigneesMock, quietInbox, ...mocks] as never,
  });

describe("Client profile's Tickets tab", () => {
  it('lists every ticket of the client, whatever its status, each linking to its thread', async () => {
    renderClientTab([
      ticketsMock({ clientId: 'client-1' }, [
        ticketRow({ id: 't-1', subject: 'Refund please', unread: true }),
        ticketRow({ id: 't-2', subject: 'Old question', status: 'CLOSED' }),
      ]),
    ]);
    expect(await screen.findByRole('tab', { name: 'Tickets', selected: true })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Refund please' })).toHaveAttribute('href', '/tickets/t-1');
    const table = screen.getByRole('table', { name: 'Tickets' });
    expect(within(table).getByText('Closed')).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Client' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('link', { name: 'Refund please' }).closest('tr')!).getByRole('img', { name: 'Unread' }),
    ).toBeInTheDocument();
  });

  it('opens a ticket for the client: primary contact chosen, API field errors shown, then the new thread', async () => {
    const user = userEvent.setup();
    const opened = jest.fn(() => ({
      data: {
        openTicket: ticketRow({ id: 't-new', subject: 'Kick-off questions', status: 'PENDING', priority: 'HIGH' }),
      },
    }));
    renderClientTab([
      ticketsMock({ clientId: 'client-1' }, []),
      contactsMock,
      {
        request: { query: OpenTicketDocument, variables: { input: openInput } },
        result: {
          errors: [
            new GraphQLError('Pick a contact of Acme Corp', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.contactId' },
            }),
          ],
        },
      },
      { request: { query: OpenTicketDocument, variables: { input: openInput } }, result: opened },
    ]);
    expect(await screen.findByText('No tickets yet')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'New ticket' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New ticket' });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Client' })).toHaveValue('Acme Corp'));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Contact' })).toHaveValue('Ada Lovelace · ada@acme.test'),
    );

    // Required fields are checked before asking the API.
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));
    expect(await within(dialog).findByText('Enter a subject')).toBeInTheDocument();
    expect(within(dialog).getByText('Write a message')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Subject/ }), 'Kick-off questions');
    await user.type(within(dialog).getByRole('textbox', { name: /Message/ }), 'A few questions before we start.');
    await user.click(within(dialog).getByRole('combobox', { name: 'Priority' }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));
    expect(await within(dialog).findByText('Pick a contact of Acme Corp')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/tickets/t-new'));
  });

  it('asks for a client when opened from the inbox', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TicketsInboxRoute />, {
      viewer: viewerFixture('MANAGER'),
      route: '/tickets',
      path: '/tickets',
      mocks: [
        assigneesMock,
        clientOptionsMock,
        quietInbox,
        ticketsMock({ status: ['OPEN', 'PENDING'] }, [ticketRow()]),
      ] as never,
    });
    await screen.findByRole('link', { name: 'Invoice INV-0004 looks wrong' });
    await user.click(screen.getByRole('button', { name: 'New ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'New ticket' });
    expect(within(dialog).getByRole('combobox', { name: 'Contact' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));
    expect(await within(dialog).findByText('Choose a client')).toBeInTheDocument();
  });
});
