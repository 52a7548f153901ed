import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  AssignTicketDocument,
  MarkTicketReadDocument,
  ReplyToTicketDocument,
  SetTicketStatusDocument,
  TicketDocument,
  TicketThreadDocument,
} from '@clientflow/graphql-types/admin';
import { FakeXhr, installFakeXhr } from '../../test/fake-xhr.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { TicketThreadRoute } from './routes/ticket-thread.route';
import { assigneesMock, quietThread, ticketDetail, ticketMessage, ticketRow } from './tickets.test-kit';

installFakeXhr();

const ticketMock = (ticket: object) => ({
  request: { query: TicketDocument, variables: { id: 'ticket-1' } },
  delay: 0,
  result: { data: { ticket } },
});
const markReadMock = (fn: jest.Mock) => ({
  request: { query: MarkTicketReadDocument, variables: { id: 'ticket-1' } },
  result: fn,
  maxUsageCount: 5,
});
const readResult = () =>
  jest.fn(() => ({ data: { markTicketRead: { __typename: 'Ticket', id: 'ticket-1', unread: false } } }));

const renderThread = (mocks: object[], viewer = viewerFixture('MANAGER')) =>
  renderWithProviders(<TicketThreadRoute />, {
    viewer,
    route: '/tickets/ticket-1',
    path: '/tickets/:id',
    mocks: [assigneesMock, ...mocks] as never,
  });

const message = (name: RegExp | string) => screen.getByRole('listitem', { name });

describe('Ticket thread', () => {
  it('shows the thread oldest first with internal notes set apart, the reference and who is emailed', async () => {
    const markRead = readResult();
    renderThread([quietThread(), ticketMock(ticketDetail({ unread: true })), markReadMock(markRead)]);
    expect(await screen.findByRole('heading', { name: 'Invoice INV-0004 looks wrong' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Messages' })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('aria-label'))).toEqual([
      'Message by Ada Lovelace',
      'Internal note by Maya Manager',
    ]);
    expect(within(items[1]!).getByText('Internal note — the client never sees this')).toBeInTheDocument();
    expect(items[1]).toHaveAttribute('data-internal', 'true');
    expect(within(items[0]!).queryByText(/Internal note/)).not.toBeInTheDocument();
    expect(within(items[0]!).getByText('Client')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Invoice INV-0004' })).toHaveAttribute('href', '/invoices/inv-4');
    expect(screen.getByRole('link', { name: 'Acme Corp' })).toHaveAttribute('href', '/clients/client-1');
    expect(screen.getByText('Replies are emailed to Ada Lovelace <ada@acme.test>.')).toBeInTheDocument();
    // Opening an unread thread reads it.
    await waitFor(() => expect(markRead).toHaveBeenCalledTimes(1));
  });

  it('does not mark a thread that is already read', async () => {
    const markRead = readResult();
    renderThread([quietThread(), ticketMock(ticketDetail()), markReadMock(markRead)]);
    await screen.findByRole('list', { name: 'Messages' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Reply to client' })).toBeInTheDocument());
    expect(markRead).not.toHaveBeenCalled();
  });

  it('sends a reply to the client, then an internal note with Ctrl+Enter, each with the right variables', async () => {
    const user = userEvent.setup();
    const reply = jest.fn(() => ({
      data: {
        replyToTicket: ticketMessage({
          id: 'msg-3',
          body: 'We corrected it: see the new PDF.',
          createdAt: '2026-03-11T09:00:00.000Z',
          author: { __typename: 'TimelineAuthor', kind: 'USER', id: 'user-1', name: 'Olivia Owner' },
        }),
      },
    }));
    const note = jest.fn(() => ({
      data: {
        replyToTicket: ticketMessage({
          id: 'msg-4',
          body: 'Finance confirmed.',
          internal: true,
          createdAt: '2026-03-11T09:05:00.000Z',
          author: { __typename: 'TimelineAuthor', kind: 'USER', id: 'user-1', name: 'Olivia Owner' },
        }),
      },
    }));
    renderThread([
      quietThread(),
      ticketMock(ticketDetail()),
      {
        request: {
          query: ReplyToTicketDocument,
          variables: {
            id: 'ticket-1',
            body: 'We corrected it: see the new PDF.',
            internal: false,
            attachmentIds: null,
          },
        },
        result: reply,
      },
      {
        request: {
          query: ReplyToTicketDocument,
          variables: { id: 'ticket-1', body: 'Finance confirmed.', internal: true, attachmentIds: null },
        },
        result: note,
      },
    ]);
    const composer = await screen.findByRole('form', { name: 'Reply' });
    // Nothing typed: refused before asking the API.
    await user.click(within(composer).getByRole('button', { name: 'Send reply' }));
    expect(await within(composer).findByText('Write a message')).toBeInTheDocument();

    await user.type(
      within(composer).getByRole('textbox', { name: 'Reply to client' }),
      'We corrected it: see the new PDF.',
    );
    await user.click(within(composer).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(reply).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('listitem', { name: 'Message by Olivia Owner' })).toHaveTextContent(
      'We corrected it: see the new PDF.',
    );
    // A public reply hands the ticket to the client (the domain's rule, applied to the cached ticket).
    expect(screen.getAllByText('Pending').length).toBeGreaterThan(0);
    expect(within(composer).getByRole('textbox', { name: 'Reply to client' })).toHaveValue('');

    await user.click(within(composer).getByRole('radio', { name: 'Internal note' }));
    const noteBox = within(composer).getByRole('textbox', { name: 'Internal note' });
    await user.type(noteBox, 'Finance confirmed.');
    fireEvent.keyDown(noteBox, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(note).toHaveBeenCalledTimes(1));
    const added = await screen.findByRole('listitem', { name: 'Internal note by Olivia Owner' });
    expect(within(added).getByText('Internal note — the client never sees this')).toBeInTheDocument();
    const order = within(screen.getByRole('list', { name: 'Messages' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(order[2]).toContain('We corrected it');
    expect(order[3]).toContain('Finance confirmed.');
  });

  it('attaches uploaded files to the reply', async () => {
    const user = userEvent.setup();
    const reply = jest.fn(() => ({
      data: {
        replyToTicket: ticketMessage({
          id: 'msg-5',
          body: 'Here is the corrected invoice.',
          createdAt: '2026-03-11T09:00:00.000Z',
          author: { __typename: 'TimelineAuthor', kind: 'USER', id: 'user-1', name: 'Olivia Owner' },
          attachments: [
            {
              __typename: 'Document',
              id: 'doc-9',
              fileName: 'INV-0004.pdf',
              size: 2048,
              contentType: 'application/pdf',
              downloadUrl: '/files/documents/doc-9',
            },
          ],
        }),
      },
    }));
    const { container } = renderThread([
      quietThread(),
      ticketMock(ticketDetail()),
      {
        request: {
          query: ReplyToTicketDocument,
          variables: {
            id: 'ticket-1',
            body: 'Here is the corrected invoice.',
            internal: false,
            attachmentIds: ['doc-9'],
          },
        },
        result: reply,
      },
    ]);
    const composer = await screen.findByRole('form', { name: 'Reply' });
    await user.upload(
      container.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['%PDF-1.7'], 'INV-0004.pdf', { type: 'application/pdf' }),
    );
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const [upload] = FakeXhr.sent;
    expect(upload!.url).toBe('/files/clients/client-1/documents');
    expect(upload!.body?.get('ticketAttachment')).toBe('true');
    upload!.respond(201, {
      documents: [
        {
          id: 'doc-9',
          fileName: 'INV-0004.pdf',
          category: 'OTHER',
          size: 8,
          contentType: 'application/pdf',
          downloadUrl: '/files/documents/doc-9',
        },
      ],
    });
    expect(await within(composer).findByLabelText('Uploaded')).toBeInTheDocument();

    await user.type(
      within(composer).getByRole('textbox', { name: 'Reply to client' }),
      'Here is the corrected invoice.',
    );
    await user.click(within(composer).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(reply).toHaveBeenCalledTimes(1));
    const sent = await screen.findByRole('listitem', { name: 'Message by Olivia Owner' });
    expect(within(sent).getByRole('link', { name: 'INV-0004.pdf' })).toHaveAttribute('href', '/files/documents/doc-9');
    expect(within(composer).queryByLabelText('Uploaded')).not.toBeInTheDocument();
  });

  it("shows the API's refusal of a status change under the status select", async () => {
    const user = userEvent.setup();
    renderThread([
      quietThread(),
      ticketMock(ticketDetail()),
      {
        request: { query: SetTicketStatusDocument, variables: { id: 'ticket-1', status: 'RESOLVED' } },
        result: {
          errors: [
            new GraphQLError('A closed ticket cannot become resolved', {
              extensions: { code: 'BAD_USER_INPUT', field: 'status' },
            }),
          ],
        },
      },
    ]);
    const status = await screen.findByRole('combobox', { name: 'Status' });
    expect(status).toHaveValue('Open');
    await user.click(status);
    await user.click(await screen.findByRole('option', { name: 'Resolved' }));
    expect(await screen.findByText('A closed ticket cannot become resolved')).toBeInTheDocument();
    expect(status).toHaveValue('Open');
    expect(status).toHaveAttribute('aria-invalid', 'true');
  });

  it('assigns the ticket to the viewer in one click', async () => {
    const user = userEvent.setup();
    const assign = jest.fn(() => ({
      data: {
        assignTicket: ticketRow({
          assigneeUserId: 'user-1',
          assignee: { __typename: 'User', id: 'user-1', name: 'Olivia Owner' },
        }),
      },
    }));
    renderThread([
      quietThread(),
      ticketMock(ticketDetail()),
      { request: { query: AssignTicketDocument, variables: { id: 'ticket-1', assigneeId: 'user-1' } }, result: assign },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Assign to me' }));
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Olivia Owner (me)'));
    expect(screen.queryByRole('button', { name: 'Assign to me' })).not.toBeInTheDocument();
  });

  it('offers only reopening for a closed ticket', async () => {
    const user = userEvent.setup();
    renderThread([quietThread(), ticketMock(ticketDetail({ status: 'CLOSED' }))]);
    await user.click(await screen.findByRole('combobox', { name: 'Status' }));
    expect(await screen.findByRole('option', { name: 'Open' })).not.toHaveAttribute('data-combobox-disabled');
    expect(screen.getByRole('option', { name: 'Resolved' })).toHaveAttribute('data-combobox-disabled', 'true');
    expect(screen.getByRole('option', { name: 'Pending' })).toHaveAttribute('data-combobox-disabled', 'true');
  });

  it('hides the composer and the selects without client.edit', async () => {
    const viewer = { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] };
    renderThread(
      [
        quietThread(),
        ticketMock(
          ticketDetail({
            assignee: { __typename: 'User', id: 'user-2', name: 'Maya Manager' },
            assigneeUserId: 'user-2',
          }),
        ),
      ],
      viewer,
    );
    expect(await screen.findByRole('list', { name: 'Messages' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Reply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assign to me' })).not.toBeInTheDocument();
    const details = screen.getByRole('group', { name: 'Ticket details' });
    expect(within(details).getByText('Maya Manager')).toBeInTheDocument();
    expect(within(details).getByText('Open')).toBeInTheDocument();
    // Internal notes stay visible to staff who only read.
    expect(message('Internal note by Maya Manager')).toBeInTheDocument();
  });

  it('appends live messages and reads them while the thread is open', async () => {
    const markRead = readResult();
    renderThread([
      {
        request: { query: TicketThreadDocument, variables: { ticketId: 'ticket-1' } },
        delay: 60,
        result: {
          data: {
            ticketThread: {
              __typename: 'TicketThreadEvent',
              ticketId: 'ticket-1',
              ticket: null,
              message: ticketMessage({ id: 'msg-7', body: 'Any news?', createdAt: '2026-03-12T08:00:00.000Z' }),
            },
          },
        },
      },
      ticketMock(ticketDetail()),
      markReadMock(markRead),
    ]);
    expect(await screen.findByText('Any news?')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Messages' })).getAllByRole('listitem');
    expect(items[items.length - 1]).toHaveTextContent('Any news?');
    await waitFor(() => expect(markRead).toHaveBeenCalledTimes(1));
  });

  it('re-reads the thread when a live message arrives before it has loaded', async () => {
    const early = ticketMessage({
      id: 'msg-8',
      body: 'Sent while you were loading',
      createdAt: '2026-03-12T08:00:00.000Z',
    });
    renderThread([
      {
        request: { query: TicketThreadDocument, variables: { ticketId: 'ticket-1' } },
        delay: 0,
        result: {
          data: {
            ticketThread: { __typename: 'TicketThreadEvent', ticketId: 'ticket-1', ticket: null, message: early },
          },
        },
      },
      { ...ticketMock(ticketDetail()), delay: 80 },
      ticketMock(ticketDetail({ messages: [...ticketDetail().messages, early] })),
    ]);
    expect(await screen.findByText('Sent while you were loading')).toBeInTheDocument();
  });

  it('says when the ticket does not exist', async () => {
    renderThread([
      quietThread(),
      {
        request: { query: TicketDocument, variables: { id: 'ticket-1' } },
        result: { errors: [new GraphQLError('Ticket not found', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ]);
    expect(await screen.findByText('Ticket not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to tickets' })).toHaveAttribute('href', '/tickets');
  });
});
