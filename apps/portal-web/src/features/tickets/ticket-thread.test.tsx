import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { PortalTicketDocument } from '@clientflow/graphql-types/portal';
import { renderApp } from '../../test/render-app.test-kit';
import { attachment, invoiceReference, me, message, reply, thread, threadEvent, ticket } from './tickets.test-kit';

const agencyReply = message({
  id: 'm2',
  mine: false,
  body: 'Could you send a screenshot?',
  createdAt: '2026-03-02T10:00:00Z',
  author: { __typename: 'PortalPerson', kind: 'USER', name: 'Bruno Lima' },
  attachments: [attachment('doc-7', 'steps.pdf')],
});
const withMessages = (overrides: Record<string, unknown>, messages: object[]) => ({ ...ticket(overrides), messages });
const bodies = () =>
  screen
    .getAllByTestId('ticket-message')
    .map((m) => within(m).getByText(/./, { selector: 'p[style*="pre-wrap"]' }).textContent);

describe('ticket thread', () => {
  it('shows the conversation the API returns, oldest first, mine apart from the agency’s, with files and the reference', async () => {
    await renderApp({
      path: '/tickets/t1',
      mocks: [me(), thread(withMessages({ status: 'PENDING', reference: invoiceReference }, [message(), agencyReply]))],
    });
    expect(await screen.findByRole('heading', { name: 'Checkout page shows an error' })).toBeInTheDocument();
    expect(screen.getByText('Awaiting your reply')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'About: Invoice INV-0004' })).toHaveAttribute('href', '/invoices/inv-1');
    const items = screen.getAllByTestId('ticket-message');
    expect(items).toHaveLength(2);
    expect(bodies()).toEqual(['The pay button does nothing.', 'Could you send a screenshot?']);
    expect(items[0]).toHaveAttribute('data-mine', 'true');
    expect(within(items[0]).getByText('You')).toBeInTheDocument();
    expect(items[1]).toHaveAttribute('data-mine', 'false');
    expect(within(items[1]).getByText('Bruno Lima')).toBeInTheDocument();
    expect(within(items[1]).getByRole('link', { name: 'Download steps.pdf' })).toHaveAttribute(
      'href',
      '/files/documents/doc-7',
    );
    expect(screen.getByText('Northwind Studio is waiting for your reply.')).toBeInTheDocument();
  });

  it('sends a reply with Ctrl+Enter, shows it once and hands the ticket back to the agency', async () => {
    const user = userEvent.setup();
    const mine = message({ id: 'm3', body: 'Here it is.', createdAt: '2026-03-02T11:00:00Z' });
    await renderApp({
      path: '/tickets/t1',
      mocks: [
        me(),
        thread(withMessages({ status: 'PENDING' }, [message(), agencyReply])),
        reply({ id: 't1', body: 'Here it is.' }, { data: { replyToPortalTicket: mine } }),
      ],
    });
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Write a reply')).toBeInTheDocument();
    await user.type(box, '  Here it is. ');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(bodies()).toEqual(['The pay button does nothing.', 'Could you send a screenshot?', 'Here it is.']),
    );
    await waitFor(() => expect(box).toHaveValue(''));
    expect(screen.getByText('Waiting for the agency')).toBeInTheDocument();
  });

  it('shows a reply once when its live copy arrives before the answer to the send', async () => {
    const user = userEvent.setup();
    const mine = message({ id: 'm3', body: 'Here it is.', createdAt: '2026-03-02T11:00:00Z' });
    await renderApp({
      path: '/tickets/t1',
      mocks: [
        me(),
        thread(withMessages({ status: 'PENDING' }, [message(), agencyReply])),
        threadEvent('t1', { message: mine }, 100),
        reply({ id: 't1', body: 'Here it is.' }, { data: { replyToPortalTicket: mine } }),
      ],
    });
    expect(await screen.findByText('Here it is.')).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'Here it is.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(bodies()).toEqual(['The pay button does nothing.', 'Could you send a screenshot?', 'Here it is.']);
  });

  it('says a reply reopens a resolved ticket', async () => {
    await renderApp({ path: '/tickets/t1', mocks: [me(), thread(withMessages({ status: 'RESOLVED' }, [message()]))] });
    expect(await screen.findByText('This ticket is marked resolved. Replying reopens it.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeEnabled();
  });

  it('takes no reply on a closed ticket and points to a new one', async () => {
    await renderApp({ path: '/tickets/t1', mocks: [me(), thread(withMessages({ status: 'CLOSED' }, [message()]))] });
    expect(await screen.findByText('This ticket is closed')).toBeInTheDocument();
    expect(
      screen.getByText('Closed tickets take no more replies. If you need more help, open a new ticket.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send reply' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Open a new ticket' })).toHaveAttribute('href', '/tickets/new');
  });

  it('disables the box when the agency closed the ticket while the reply was being written', async () => {
    const user = userEvent.setup();
    const conflict = {
      errors: [
        new GraphQLError('This ticket is closed; open a new ticket instead', { extensions: { code: 'CONFLICT' } }),
      ],
    };
    await renderApp({
      path: '/tickets/t1',
      mocks: [
        me(),
        thread(withMessages({ status: 'OPEN' }, [message()])),
        reply({ id: 't1', body: 'One more thing' }, conflict),
        thread(withMessages({ status: 'CLOSED' }, [message()])),
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Your reply' }), 'One more thing');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('This ticket is closed; open a new ticket instead')).toBeInTheDocument();
    expect(await screen.findByText('This ticket is closed')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeDisabled();
  });

  it('appends an agency reply and the new status as they arrive live', async () => {
    const live = message({
      id: 'm9',
      mine: false,
      body: 'Fixed, please try again.',
      createdAt: '2026-03-02T12:00:00Z',
      author: { __typename: 'PortalPerson', kind: 'USER', name: 'Bruno Lima' },
    });
    await renderApp({
      path: '/tickets/t1',
      mocks: [me(), thread(withMessages({ status: 'OPEN' }, [message()])), threadEvent('t1', { message: live }, 100)],
    });
    expect(await screen.findByText('Waiting for the agency')).toBeInTheDocument();
    expect(await screen.findByText('Fixed, please try again.')).toBeInTheDocument();
    expect(bodies()).toEqual(['The pay button does nothing.', 'Fixed, please try again.']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('New message from Bruno Lima');
  });

  it('updates the status when the agency changes it live', async () => {
    await renderApp({
      path: '/tickets/t1',
      mocks: [
        me(),
        thread(withMessages({ status: 'OPEN' }, [message()])),
        threadEvent('t1', { ticket: ticket({ status: 'RESOLVED' }) }, 100),
      ],
    });
    expect(await screen.findByText('Waiting for the agency')).toBeInTheDocument();
    expect(await screen.findByText('Resolved')).toBeInTheDocument();
    expect(screen.getByText('This ticket is marked resolved. Replying reopens it.')).toBeInTheDocument();
  });

  it('says when the ticket is not the contact’s (or does not exist)', async () => {
    const notFound = { errors: [new GraphQLError('Ticket not found', { extensions: { code: 'NOT_FOUND' } })] };
    await renderApp({
      path: '/tickets/nope',
      mocks: [me(), { request: { query: PortalTicketDocument, variables: { id: 'nope' } }, result: notFound }],
    });
    expect(await screen.findByText("This ticket doesn't exist or is no longer shared with you.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All tickets' })).toHaveAttribute('href', '/tickets');
  });
});
