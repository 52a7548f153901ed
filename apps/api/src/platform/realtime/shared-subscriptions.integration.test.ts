import { staffViewersOf } from '../auth/viewer';
import { TICKET_MESSAGE_TOPIC, TICKET_TOPIC } from '../../modules/tickets/ticket.topics';
import {
  createWorkspace,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { subscribeLive, until, type LiveSubscriber } from '../../../test/live-client';
import {
  addContact,
  portalSession,
  seedPortalClient,
  type PortalSeed,
} from '../../modules/portal/portal-content.test-kit';

/**
 * Shared execution through the real graphql-ws server: tabs of one session share one execution per event, and
 * nothing is shared across viewers (roles, users, contacts) — viewer-dependent fields differ, internal notes never
 * reach a portal tab.
 */
const OPEN = `mutation($input: OpenPortalTicketInput!) { openPortalTicket(input: $input) { id } }`;
const REPLY = `mutation($id: ID!, $body: String!, $internal: Boolean) { replyToTicket(id: $id, body: $body, internal: $internal) { id } }`;
const PORTAL_REPLY = `mutation($id: ID!, $body: String!) { replyToPortalTicket(id: $id, body: $body) { id } }`;
const STAFF_THREAD = `subscription($id: ID!) { ticketThread(ticketId: $id) { ticketId message { body internal author { name } } ticket { status unread } } }`;
const PORTAL_THREAD = `subscription($id: ID!) { portalTicketThread(ticketId: $id) { ticketId message { body mine } ticket { status } } }`;

let server: TestServer;
let ws: TestWorkspace;
let seed: PortalSeed;
let owner: TestClient;
let manager: TestClient;
let portal: TestClient;
const open: LiveSubscriber[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Sharing');
  seed = await seedPortalClient(server, ws.workspace.id);
  [owner, manager, portal] = await Promise.all([
    signIn(server, ws.emails.OWNER),
    signIn(server, ws.emails.MANAGER),
    portalSession(server, seed.contact),
  ]);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose()));
  await until(() => server.app.services.live.subscriberCount === 0);
});
afterAll(() => server.close());

async function subscribe(client: TestClient, query: string, id: string, app: 'admin' | 'portal' = 'admin') {
  return subscribeLive(server, { cookie: client.cookieHeader(), query, variables: { id }, app }, open);
}

async function openTicket(by: TestClient = portal): Promise<string> {
  const res = await by.gql(OPEN, { input: { subject: 'Shared thread', message: 'First message' } });
  expect(res.errors).toBeUndefined();
  return res.data.openPortalTicket.id;
}

/**
 * The next `n` events of a subscriber. A reply's message and ticket change are two events of one commit; the thread
 * merges two streams (ticket.subscriptions.ts), so their relative order is not guaranteed: compare as sets.
 */
async function take(sub: LiveSubscriber, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await sub.next());
  return out;
}
const unordered = <T>(items: T[]) => expect.arrayContaining(items.map((i) => expect.objectContaining(i as object)));

describe('shared subscription execution', () => {
  it('tabs of one session share a registration; two roles on the same event get their own payloads', async () => {
    const id = await openTicket();
    const ownerTabs = [await subscribe(owner, STAFF_THREAD, id), await subscribe(owner, STAFF_THREAD, id)];
    const managerTabs = [await subscribe(manager, STAFF_THREAD, id), await subscribe(manager, STAFF_THREAD, id)];
    // Two groups (owner, manager), each one thread registration on two topics, plus one follower each.
    expect(server.app.services.live.subscriberCount).toBe(2 * 2 + 2);

    await owner.gql(REPLY, { id, body: 'We are on it' });
    const message = { body: 'We are on it', internal: false, author: { name: ws.users.OWNER.name } };
    for (const tab of ownerTabs) {
      expect((await take(tab, 2)).map((e) => e.ticketThread)).toEqual(
        unordered([
          { ticketId: id, message, ticket: null },
          { ticketId: id, message: null, ticket: { status: 'PENDING', unread: false } }, // the owner's own reply: read
        ]),
      );
    }
    for (const tab of managerTabs) {
      expect((await take(tab, 2)).map((e) => e.ticketThread)).toEqual(
        unordered([
          { ticketId: id, message, ticket: null },
          { ticketId: id, message: null, ticket: { status: 'PENDING', unread: true } }, // the manager has not read it
        ]),
      );
    }
    // Tabs of one viewer got byte-identical events.
    expect(ownerTabs[0].events).toEqual(ownerTabs[1].events);
    expect(managerTabs[0].events).toEqual(managerTabs[1].events);
  });

  it('portal tabs never receive an internal note, and `mine` follows each contact', async () => {
    const id = await openTicket();
    const other = await portalSession(
      server,
      await addContact(server, seed.client.id, ws.workspace.id, 'DECISION_MAKER'),
    );
    const staffTabs = [await subscribe(owner, STAFF_THREAD, id), await subscribe(owner, STAFF_THREAD, id)];
    const patTabs = [
      await subscribe(portal, PORTAL_THREAD, id, 'portal'),
      await subscribe(portal, PORTAL_THREAD, id, 'portal'),
    ];
    const otherTab = await subscribe(other, PORTAL_THREAD, id, 'portal');

    await owner.gql(REPLY, { id, body: 'internal: check the VAT config', internal: true });
    await portal.gql(PORTAL_REPLY, { id, body: 'Any news?' });

    for (const tab of staffTabs) {
      const events = (await take(tab, 3)).map((e) => e.ticketThread);
      expect(events[0].message).toMatchObject({ body: 'internal: check the VAT config', internal: true });
      expect(events.slice(1)).toEqual(
        unordered([
          { message: { body: 'Any news?', internal: false, author: { name: seed.contact.name } }, ticket: null },
          { message: null, ticket: { status: 'OPEN', unread: true } },
        ]),
      );
    }
    for (const tab of patTabs) {
      expect((await take(tab, 2)).map((e) => e.portalTicketThread)).toEqual(
        unordered([
          { ticketId: id, message: { body: 'Any news?', mine: true }, ticket: null },
          { ticketId: id, message: null, ticket: { status: 'OPEN' } },
        ]),
      );
    }
    expect((await take(otherTab, 2)).map((e) => e.portalTicketThread)).toEqual(
      unordered([
        { ticketId: id, message: { body: 'Any news?', mine: false }, ticket: null },
        { ticketId: id, message: null, ticket: { status: 'OPEN' } },
      ]),
    );
    expect(patTabs[0].events).toEqual(patTabs[1].events);
    for (const tab of [...patTabs, otherTab]) {
      expect(JSON.stringify(tab.events)).not.toContain('VAT config');
      expect(tab.events).toHaveLength(2);
    }
  });

  it('a tab that leaves does not end the others; the last one releases the registration', async () => {
    const id = await openTicket();
    const [first, second] = [await subscribe(owner, STAFF_THREAD, id), await subscribe(owner, STAFF_THREAD, id)];
    await first.dispose(); // the tab whose subscribe step the group's stream came from
    await until(() => server.app.services.live.subscriberCount === 2);
    await owner.gql(REPLY, { id, body: 'still live', internal: true });
    expect((await second.next()).ticketThread.message.body).toBe('still live');
    await second.dispose();
    await until(() => server.app.services.live.subscriberCount === 0);
  });
});

describe('LiveBus.subscribeMany (one stream over several topics)', () => {
  it('delivers a commit’s events in NOTIFY order — the message, then the ticket change — and unregisters together', async () => {
    const id = await openTicket();
    const viewer = (await staffViewersOf(server.dataSource, ws.workspace.id, [ws.users.OWNER.id])).get(
      ws.users.OWNER.id,
    )!;
    const stream = server.app.services.live.subscribeMany<string>(viewer, [
      {
        topic: TICKET_MESSAGE_TOPIC,
        accept: (item) => item.row.ticketId === id,
        map: (item) => `message:${item.row.body}`,
      },
      { topic: TICKET_TOPIC, accept: (item) => item.row.id === id, map: (item) => `ticket:${item.row.status}` },
    ]);
    expect(server.app.services.live.subscriberCount).toBe(0); // registers on the first next()
    const first = stream.next();
    expect(server.app.services.live.subscriberCount).toBe(2);

    for (const body of ['one', 'two', 'three']) await owner.gql(REPLY, { id, body });
    const received = [(await first).value];
    while (received.length < 6) received.push((await stream.next()).value);
    expect(received).toEqual([
      'message:one',
      'ticket:PENDING',
      'message:two',
      'ticket:PENDING',
      'message:three',
      'ticket:PENDING',
    ]);

    await stream.return!();
    expect(server.app.services.live.subscriberCount).toBe(0);
  });
});
