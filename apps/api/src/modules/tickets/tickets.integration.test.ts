import { Client } from '../clients/client.entity';
import { OutboundEmail } from '../../platform/mail/outbound-email.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import {
  createWorkspace,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { liveSubscribe, subscribeLive, type LiveSubscriber } from '../../../test/live-client';
import { addContact, portalSession, seedPortalClient, type PortalSeed } from '../portal/portal-content.test-kit';

const OPEN = `mutation($input: OpenPortalTicketInput!) { openPortalTicket(input: $input) { id subject status } }`;
const PORTAL_REPLY = `mutation($id: ID!, $body: String!) { replyToPortalTicket(id: $id, body: $body) { id body mine } }`;
const PORTAL_TICKET = `query($id: ID!) { portalTicket(id: $id) { id status messages { body mine author { kind name } } } }`;
const PORTAL_TICKETS = `{ portalTickets { id subject status } }`;
const INBOX = `query($f: TicketFilter, $p: PageInput) { tickets(filter: $f, page: $p) { totalCount hasMore nodes { id subject status priority unread client { id } assignee { id } openedBy { kind name } } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id status messages { body internal author { kind name } } } }`;
const REPLY = `mutation($id: ID!, $body: String!, $internal: Boolean) { replyToTicket(id: $id, body: $body, internal: $internal) { id internal } }`;
const STATUS = `mutation($id: ID!, $s: TicketStatus!) { setTicketStatus(id: $id, status: $s) { id status } }`;
const PRIORITY = `mutation($id: ID!, $p: TicketPriority!) { setTicketPriority(id: $id, priority: $p) { id priority } }`;
const ASSIGN = `mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id assignee { id } } }`;
const READ = `mutation($id: ID!) { markTicketRead(id: $id) { id unread } }`;
const STAFF_THREAD = `subscription($id: ID!) { ticketThread(ticketId: $id) { ticketId message { body internal } ticket { status } } }`;
const PORTAL_THREAD = `subscription($id: ID!) { portalTicketThread(ticketId: $id) { ticketId message { body mine } ticket { status } } }`;
const INBOX_LIVE = `subscription { ticketsInbox { id status } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let seed: PortalSeed;
let owner: TestClient;
let portal: TestClient;
const open: LiveSubscriber[] = [];

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  server = await startTestServer({ portalOrigin: 'https://portal.agency.test' });
  a = await createWorkspace(server.dataSource, 'Tickets');
  b = await createWorkspace(server.dataSource, 'Other');
  seed = await seedPortalClient(server, a.workspace.id);
  owner = await signIn(server, a.emails.OWNER);
  portal = await portalSession(server, seed.contact);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose()));
});
afterAll(() => server.close());

async function subscribe(
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
  app: 'admin' | 'portal' = 'admin',
) {
  return subscribeLive(server, { cookie, query, variables, app }, open);
}

async function openTicket(client: TestClient = portal, subject = 'Login broken', extra: Record<string, unknown> = {}) {
  const res = await client.gql(OPEN, { input: { subject, message: 'I cannot sign in since this morning', ...extra } });
  expect(res.errors).toBeUndefined();
  return res.data.openPortalTicket.id as string;
}

describe('a ticket opened in the portal', () => {
  it('reaches the staff inbox unread, with the first message and a portal-visible timeline event', async () => {
    const id = await openTicket(portal, 'Invoice question', { invoiceId: null, projectId: seed.project.id });
    const inbox = (await owner.gql(INBOX, { f: { search: 'invoice QUEST', status: ['OPEN'] } })).data.tickets;
    expect(inbox.totalCount).toBe(1);
    expect(inbox.nodes[0]).toMatchObject({
      id,
      status: 'OPEN',
      priority: 'NORMAL',
      unread: true,
      client: { id: seed.client.id },
      openedBy: { kind: 'CONTACT', name: seed.contact.name },
    });
    expect((await owner.gql(INBOX, { f: { search: '100%' } })).data.tickets.totalCount).toBe(0);

    const thread = (await owner.gql(TICKET, { id })).data.ticket;
    expect(thread.messages).toEqual([
      {
        body: 'I cannot sign in since this morning',
        internal: false,
        author: { kind: 'CONTACT', name: seed.contact.name },
      },
    ]);
    const events = await server.dataSource
      .getRepository(TimelineEvent)
      .findBy({ clientId: seed.client.id, type: 'TICKET' });
    expect(events.find((e) => e.metadata.ticketId === id)).toMatchObject({
      summary: 'Ticket opened: Invoice question',
      portalVisible: true,
      projectId: seed.project.id,
    });

    expect((await owner.gql(READ, { id })).data.markTicketRead.unread).toBe(false);
    expect(
      (await owner.gql(INBOX, { f: { unreadOnly: true, search: 'Invoice question' } })).data.tickets.totalCount,
    ).toBe(0);
    const manager = await signIn(server, a.emails.MANAGER);
    expect((await manager.gql(INBOX, { f: { search: 'Invoice question' } })).data.tickets.nodes[0].unread).toBe(true);
  });

  it('validates the subject, the message and references to the client’s own invoices and projects', async () => {
    const other = await seedPortalClient(server, a.workspace.id);
    const fieldOf = async (input: Record<string, unknown>) =>
      (await portal.gql(OPEN, { input: { subject: 'x', message: 'y', ...input } })).errors?.[0].extensions?.field;
    expect(await fieldOf({ subject: '   ' })).toBe('subject');
    expect(await fieldOf({ message: '' })).toBe('message');
    expect(await fieldOf({ projectId: other.project.id })).toBe('projectId');
    expect(await fieldOf({ invoiceId: '00000000-0000-4000-8000-000000000000' })).toBe('invoiceId');
  });

  it('a client reply reopens a resolved ticket; a closed ticket takes no reply', async () => {
    const id = await openTicket();
    expect((await owner.gql(STATUS, { id, s: 'RESOLVED' })).data.setTicketStatus.status).toBe('RESOLVED');
    expect((await portal.gql(PORTAL_REPLY, { id, body: 'Still broken' })).data.replyToPortalTicket).toMatchObject({
      body: 'Still broken',
      mine: true,
    });
    expect((await portal.gql(PORTAL_TICKET, { id })).data.portalTicket.status).toBe('OPEN');
    await owner.gql(STATUS, { id, s: 'CLOSED' });
    expect(codeOf(await portal.gql(PORTAL_REPLY, { id, body: 'Hello?' }))).toBe('CONFLICT');
    const bad = await owner.gql(STATUS, { id, s: 'PENDING' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const events = await server.dataSource
      .getRepository(TimelineEvent)
      .findBy({ clientId: seed.client.id, type: 'TICKET' });
    expect(
      events
        .filter((e) => e.metadata.ticketId === id)
        .map((e) => e.summary)
        .sort(),
    ).toEqual(['Ticket closed: Login broken', 'Ticket opened: Login broken', 'Ticket resolved: Login broken']);
  });
});

describe('staff replies and internal notes', () => {
  it('emails a public reply to the contact with a link to the thread; an internal note is never shown or sent', async () => {
    const id = await openTicket(portal, 'Need a new logo');
    const emails = () =>
      server.dataSource.getRepository(OutboundEmail).findBy({ workspaceId: a.workspace.id, kind: 'ticket-reply' });
    const before = (await emails()).length;

    expect(
      (await owner.gql(REPLY, { id, body: 'Client is on a tight budget, keep it small', internal: true })).data
        .replyToTicket.internal,
    ).toBe(true);
    expect(await emails()).toHaveLength(before);
    expect((await owner.gql(REPLY, { id, body: 'On it, first drafts Friday' })).errors).toBeUndefined();

    const sent = (await emails()).filter((e) => e.text.includes('On it, first drafts Friday'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: seed.contact.email, subject: 'Re: Need a new logo', clientId: seed.client.id });
    expect(sent[0].text).toContain(`https://portal.agency.test/tickets/${id}`);
    expect(JSON.stringify(await emails())).not.toContain('tight budget');

    const seen = (await portal.gql(PORTAL_TICKET, { id })).data.portalTicket;
    expect(seen.status).toBe('PENDING');
    expect(seen.messages.map((m: { body: string }) => m.body)).toEqual([
      'I cannot sign in since this morning',
      'On it, first drafts Friday',
    ]);
    expect(seen.messages[1]).toMatchObject({ mine: false, author: { kind: 'USER', name: a.users.OWNER.name } });
    expect(JSON.stringify((await portal.gql(PORTAL_TICKETS)).data)).not.toContain('tight budget');
    const staffView = (await owner.gql(TICKET, { id })).data.ticket.messages;
    expect(staffView.map((m: { internal: boolean }) => m.internal)).toEqual([false, true, false]);
  });

  it('assigns to members of the workspace only, and sets the priority', async () => {
    const id = await openTicket();
    expect((await owner.gql(ASSIGN, { id, a: a.users.MANAGER.id })).data.assignTicket.assignee).toEqual({
      id: a.users.MANAGER.id,
    });
    expect((await owner.gql(ASSIGN, { id, a: b.users.OWNER.id })).errors?.[0].extensions?.field).toBe('assigneeId');
    expect((await owner.gql(PRIORITY, { id, p: 'URGENT' })).data.setTicketPriority.priority).toBe('URGENT');
    const mine = (await owner.gql(INBOX, { f: { assigneeId: a.users.MANAGER.id, priority: ['URGENT'] } })).data.tickets;
    expect(mine.nodes.map((t: { id: string }) => t.id)).toEqual([id]);
    expect((await owner.gql(ASSIGN, { id, a: null })).data.assignTicket.assignee).toBeNull();
  });
});

describe('live threads', () => {
  it('staff receive notes and replies; the portal receives replies and status changes, never an internal note', async () => {
    const id = await openTicket();
    const staffSub = await subscribe(owner.cookieHeader(), STAFF_THREAD, { id });
    const portalSub = await subscribe(portal.cookieHeader(), PORTAL_THREAD, { id }, 'portal');
    const inboxSub = await subscribe(owner.cookieHeader(), INBOX_LIVE, {});

    await owner.gql(REPLY, { id, body: 'secret note', internal: true });
    expect((await staffSub.next()).ticketThread).toEqual({
      ticketId: id,
      message: { body: 'secret note', internal: true },
      ticket: null,
    });
    expect((await inboxSub.next()).ticketsInbox).toEqual({ id, status: 'OPEN' });

    await owner.gql(REPLY, { id, body: 'public answer' });
    const portalEvents = [(await portalSub.next()).portalTicketThread, (await portalSub.next()).portalTicketThread];
    // In commit order: the message, then the status change it caused.
    expect(portalEvents).toEqual([
      { ticketId: id, message: { body: 'public answer', mine: false }, ticket: null },
      { ticketId: id, message: null, ticket: { status: 'PENDING' } },
    ]);
    await owner.gql(STATUS, { id, s: 'RESOLVED' });
    expect((await portalSub.next()).portalTicketThread.ticket).toEqual({ status: 'RESOLVED' });
    expect(JSON.stringify(portalSub.events)).not.toContain('secret note');
    expect(portalSub.events).toHaveLength(3);
  });

  it('refuses thread subscriptions outside the caller’s scope and portal contacts without OPEN_TICKETS', async () => {
    const id = await openTicket();
    const outsider = liveSubscribe(server.url, {
      cookie: (await signIn(server, b.emails.OWNER)).cookieHeader(),
      query: STAFF_THREAD,
      variables: { id },
    });
    const billing = liveSubscribe(server.url, {
      cookie: (
        await portalSession(server, await addContact(server, seed.client.id, a.workspace.id, 'BILLING'))
      ).cookieHeader(),
      query: PORTAL_THREAD,
      variables: { id },
      app: 'portal',
    });
    const otherClient = liveSubscribe(server.url, {
      cookie: (await portalSession(server, (await seedPortalClient(server, a.workspace.id)).contact)).cookieHeader(),
      query: PORTAL_THREAD,
      variables: { id },
      app: 'portal',
    });
    open.push(outsider, billing, otherClient);
    await Promise.all([outsider.ended(), billing.ended(), otherClient.ended()]);
    expect([outsider, billing, otherClient].map((s) => s.errors[0]?.extensions?.code)).toEqual([
      'NOT_FOUND',
      'FORBIDDEN',
      'NOT_FOUND',
    ]);
  });
});

describe('isolation and roles', () => {
  it('keeps workspaces and clients apart (NOT_FOUND), in queries and mutations', async () => {
    const id = await openTicket(portal, 'Only for workspace A');
    const bOwner = await signIn(server, b.emails.OWNER);
    expect((await bOwner.gql(INBOX, {})).data.tickets.totalCount).toBe(0);
    const staffCalls = await Promise.all([
      bOwner.gql(TICKET, { id }),
      bOwner.gql(REPLY, { id, body: 'x' }),
      bOwner.gql(STATUS, { id, s: 'CLOSED' }),
      bOwner.gql(PRIORITY, { id, p: 'LOW' }),
      bOwner.gql(ASSIGN, { id, a: null }),
      bOwner.gql(READ, { id }),
    ]);
    expect(staffCalls.map(codeOf)).toEqual(Array(6).fill('NOT_FOUND'));

    for (const other of [
      await seedPortalClient(server, a.workspace.id),
      await seedPortalClient(server, b.workspace.id),
    ]) {
      const stranger = await portalSession(server, other.contact);
      expect(codeOf(await stranger.gql(PORTAL_TICKET, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await stranger.gql(PORTAL_REPLY, { id, body: 'hi' }))).toBe('NOT_FOUND');
      expect(JSON.stringify((await stranger.gql(PORTAL_TICKETS)).data)).not.toContain(id);
    }
  });

  it("shows a MEMBER only their own clients' tickets", async () => {
    const id = await openTicket(portal, 'Not the member’s client');
    const mineSeed = await seedPortalClient(server, a.workspace.id);
    await server.dataSource.getRepository(Client).update(mineSeed.client.id, { accountManagerId: a.users.MEMBER.id });
    const mine = await openTicket(await portalSession(server, mineSeed.contact), 'Member’s client');
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(INBOX, {})).data.tickets.nodes.map((t: { id: string }) => t.id)).toEqual([mine]);
    expect(codeOf(await member.gql(TICKET, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(REPLY, { id, body: 'x' }))).toBe('NOT_FOUND');
    expect((await member.gql(REPLY, { id: mine, body: 'Hello from your manager' })).errors).toBeUndefined();
  });

  it('refuses portal contacts without OPEN_TICKETS, and portal sessions on staff operations', async () => {
    const id = await openTicket();
    const billing = await portalSession(server, await addContact(server, seed.client.id, a.workspace.id, 'BILLING'));
    for (const res of [
      await billing.gql(PORTAL_TICKETS),
      await billing.gql(PORTAL_TICKET, { id }),
      await billing.gql(PORTAL_REPLY, { id, body: 'x' }),
      await billing.gql(OPEN, { input: { subject: 's', message: 'm' } }),
    ])
      expect(codeOf(res)).toBe('FORBIDDEN');
    for (const res of [
      await portal.gql(INBOX, {}),
      await portal.gql(TICKET, { id }),
      await portal.gql(REPLY, { id, body: 'x', internal: true }),
    ]) {
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
  });

  it('counts open tickets in the dashboard’s pending client requests', async () => {
    const ws = await createWorkspace(server.dataSource, 'Dash');
    const s = await seedPortalClient(server, ws.workspace.id);
    const boss = await signIn(server, ws.emails.OWNER);
    const pending = async () =>
      (await boss.gql(`{ dashboard { pendingClientRequests } }`)).data.dashboard.pendingClientRequests as number;
    const base = await pending();
    const id = await openTicket(await portalSession(server, s.contact), 'Counted');
    expect(await pending()).toBe(base + 1);
    await boss.gql(REPLY, { id, body: 'Answered' }); // now PENDING: waiting for the client
    expect(await pending()).toBe(base);
  });
});
