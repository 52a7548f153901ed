import { PORTAL_COOKIE } from '../auth/cookies';
import { TenantScope } from '../db/tenant-scope';
import { Contact } from '../../modules/clients/contact.entity';
import { Membership } from '../../modules/identity/membership.entity';
import { Invoice } from '../../modules/billing/invoices/invoice.entity';
import { insertProject } from '../../modules/time/time.test-kit';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { liveSubscribe, subscribeLive, until, type LiveSubscriber } from '../../../test/live-client';
import { publishInvoiceStatus } from '../../modules/billing/invoices/invoice-status.topics';
import { publish } from './live-event';

const CLIENT_TIMELINE = `subscription($id: ID!) { clientTimelineEvents(clientId: $id) { id clientId summary type portalVisible author { name } } }`;
const ACTIVITY = `subscription { activityFeed { id clientId clientName summary } }`;
const PORTAL_TIMELINE = `subscription { portalTimelineEvents { id summary type } }`;
const INVOICES = `subscription { invoiceStatusChanged { invoiceId status total amountPaid } }`;
const PORTAL_INVOICES = `subscription { portalInvoiceStatusChanged { invoiceId status } }`;
const PORTAL_CHANGES = `subscription { portalChanges { topic id } }`;
const DECISIONS = `subscription($p: ID) { deliverableDecisions(projectId: $p) { id status version } }`;
const CREATE_ENTRY = `mutation($input: CreateTimelineEntryInput!) { createTimelineEntry(input: $input) { id } }`;

// Two API processes (each its own LISTEN connection) over one database.
let apiA: TestServer;
let apiB: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
const open: LiveSubscriber[] = [];

beforeAll(async () => {
  [apiA, apiB] = await Promise.all([startTestServer(), startTestServer()]);
  a = await createWorkspace(apiA.dataSource, 'LiveA');
  b = await createWorkspace(apiA.dataSource, 'LiveB');
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.dispose()));
  await Promise.all([apiA.close(), apiB.close()]);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose()));
  await until(() => apiA.app.services.live.subscriberCount === 0 && apiB.app.services.live.subscriberCount === 0);
});

/** Subscribes and waits until the server has registered it (so nothing published afterwards can be missed). */
async function subscribe(server: TestServer, opts: Parameters<typeof liveSubscribe>[1]): Promise<LiveSubscriber> {
  return subscribeLive(server, opts, open);
}

/** A subscription the server refuses: resolves with the error code. */
async function refused(server: TestServer, opts: Parameters<typeof liveSubscribe>[1]): Promise<string | undefined> {
  const sub = liveSubscribe(server.url, opts);
  open.push(sub);
  await sub.ended();
  return sub.errors[0]?.extensions?.code;
}

const staff = async (ws: TestWorkspace, role: keyof TestWorkspace['emails'] = 'OWNER') =>
  (await signIn(apiA, ws.emails[role])).cookieHeader();

async function portalCookie(server: TestServer, contact: Contact): Promise<string> {
  const jwt = await server.app.services.tokens.sign({
    kind: 'portal',
    sub: contact.id,
    cid: contact.clientId,
    ws: contact.workspaceId,
  });
  return `${PORTAL_COOKIE}=${jwt}`;
}

/** No event within `ms` (events travel in milliseconds; a marker event published afterwards proves ordering). */
async function nothingWithin(sub: LiveSubscriber, ms = 300): Promise<void> {
  await expect(sub.next(ms)).rejects.toThrow(/timed out/);
}

function recordEvent(
  server: TestServer,
  workspaceId: string,
  clientId: string,
  summary: string,
  portalVisible = false,
) {
  return server.app.services.timeline.record(new TenantScope(server.dataSource.manager, workspaceId), {
    clientId,
    type: 'NOTE',
    summary,
    portalVisible,
  });
}

describe('delivery across API processes', () => {
  it('a mutation on process A reaches a graphql-ws subscriber on process B, after commit only', async () => {
    const cookie = await staff(a);
    const client = await insertClient(apiA.dataSource, a.workspace.id, { name: 'Crossing' });
    const sub = await subscribe(apiB, { cookie, query: CLIENT_TIMELINE, variables: { id: client.id } });
    const feed = await subscribe(apiB, { cookie, query: ACTIVITY });
    const writer = new TestClient(apiA.url);
    writer.setCookie('cf_session', cookie.split('=')[1]);

    // Rolled back (the attachment does not exist after the event was written): nothing is published.
    const failed = await writer.gql(CREATE_ENTRY, {
      input: {
        clientId: client.id,
        type: 'CALL',
        summary: 'rolled back',
        occurredAt: new Date().toISOString(),
        attachmentIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(failed.errors?.[0].extensions?.field).toBe('attachmentIds');

    const ok = await writer.gql(CREATE_ENTRY, {
      input: { clientId: client.id, type: 'CALL', summary: 'Kick-off call', occurredAt: new Date().toISOString() },
    });
    const event = await sub.next();
    expect(event.clientTimelineEvents).toMatchObject({
      id: ok.data.createTimelineEntry.id,
      summary: 'Kick-off call',
      type: 'CALL',
      author: { name: a.users.OWNER.name },
    });
    expect((await feed.next()).activityFeed).toMatchObject({
      clientId: client.id,
      clientName: 'Crossing',
      summary: 'Kick-off call',
    });
    expect(sub.events).toHaveLength(1);
  });

  it('also delivers to subscribers on the publishing process, and changed entries as well as new ones', async () => {
    const cookie = await staff(a);
    const client = await insertClient(apiA.dataSource, a.workspace.id);
    const local = await subscribe(apiA, { cookie, query: CLIENT_TIMELINE, variables: { id: client.id } });
    const writer = new TestClient(apiA.url);
    writer.setCookie('cf_session', cookie.split('=')[1]);
    const created = await writer.gql(CREATE_ENTRY, {
      input: { clientId: client.id, type: 'NOTE', summary: 'first', occurredAt: new Date().toISOString() },
    });
    expect((await local.next()).clientTimelineEvents.summary).toBe('first');
    await writer.gql(`mutation($id: ID!) { updateTimelineEntry(id: $id, input: { summary: "edited" }) { id } }`, {
      id: created.data.createTimelineEntry.id,
    });
    expect((await local.next()).clientTimelineEvents).toMatchObject({
      id: created.data.createTimelineEntry.id,
      summary: 'edited',
    });
  });

  it('resumes delivery after the LISTEN connection is terminated, telling clients to re-fetch', async () => {
    const cookie = await staff(a);
    const client = await insertClient(apiA.dataSource, a.workspace.id);
    const sub = await subscribe(apiB, { cookie, query: CLIENT_TIMELINE, variables: { id: client.id }, retry: true });
    const oldPid = apiB.app.services.live.listenerPid;
    expect(oldPid).toEqual(expect.any(Number));
    await apiA.dataSource.query('SELECT pg_terminate_backend($1)', [oldPid]);

    expect(await sub.closed()).toBe(1012); // "service restart": the SPA reconnects and re-fetches its queries
    await until(
      () =>
        sub.connections === 2 &&
        apiB.app.services.live.listenerPid !== null &&
        apiB.app.services.live.subscriberCount === 1,
    );
    expect(apiB.app.services.live.listenerPid).not.toBe(oldPid);

    await recordEvent(apiA, a.workspace.id, client.id, 'after the outage');
    expect((await sub.next()).clientTimelineEvents.summary).toBe('after the outage');
  });
});

describe('authentication in onConnect', () => {
  it('closes sockets without a session with 4401', async () => {
    const sub = liveSubscribe(apiB.url, { query: ACTIVITY });
    open.push(sub);
    expect(await sub.closed()).toBe(4401);
  });

  it('closes sockets with a forged or expired cookie with 4401', async () => {
    const sub = liveSubscribe(apiB.url, { cookie: 'cf_session=eyJhbGciOiJIUzI1NiJ9.e30.bad', query: ACTIVITY });
    open.push(sub);
    expect(await sub.closed()).toBe(4401);
  });

  it('closes sockets opened from another site (the cookie rides along) with 4403', async () => {
    const sub = liveSubscribe(apiB.url, { cookie: await staff(a), origin: 'https://evil.example', query: ACTIVITY });
    open.push(sub);
    expect(await sub.closed()).toBe(4403);
  });

  it('accepts the admin origin', async () => {
    const sub = await subscribe(apiB, { cookie: await staff(a), origin: 'http://localhost:5173', query: ACTIVITY });
    expect(sub.closeCodes).toEqual([]);
  });
});

describe('every event is re-checked before delivery', () => {
  it('never delivers workspace B events to workspace A, nor subscribes A to B’s client', async () => {
    const clientB = await insertClient(apiA.dataSource, b.workspace.id, { name: 'Theirs' });
    const clientA = await insertClient(apiA.dataSource, a.workspace.id, { name: 'Ours' });
    const subA = await subscribe(apiB, { cookie: await staff(a), query: ACTIVITY });
    const subB = await subscribe(apiB, { cookie: await staff(b), query: ACTIVITY });
    await recordEvent(apiA, b.workspace.id, clientB.id, 'B only');
    expect((await subB.next()).activityFeed.summary).toBe('B only');
    await recordEvent(apiA, a.workspace.id, clientA.id, 'A marker');
    expect((await subA.next()).activityFeed.summary).toBe('A marker');
    expect(subA.events.map((e) => e.activityFeed.summary)).toEqual(['A marker']);

    expect(await refused(apiB, { cookie: await staff(a), query: CLIENT_TIMELINE, variables: { id: clientB.id } })).toBe(
      'NOT_FOUND',
    );
  });

  it('gives a MEMBER only the clients they manage', async () => {
    const mine = await insertClient(apiA.dataSource, a.workspace.id, {
      name: 'Mine',
      accountManagerId: a.users.MEMBER.id,
    });
    const other = await insertClient(apiA.dataSource, a.workspace.id, { name: 'Not mine' });
    const cookie = await staff(a, 'MEMBER');
    const feed = await subscribe(apiB, { cookie, query: ACTIVITY });
    await recordEvent(apiA, a.workspace.id, other.id, 'hidden from member');
    await recordEvent(apiA, a.workspace.id, mine.id, 'member sees this');
    expect((await feed.next()).activityFeed.summary).toBe('member sees this');
    await nothingWithin(feed);
    expect(await refused(apiB, { cookie, query: CLIENT_TIMELINE, variables: { id: other.id } })).toBe('NOT_FOUND');
  });

  it('stops a subscription when the membership is removed', async () => {
    const temp = await createWorkspace(apiA.dataSource, 'Temp');
    const tempClient = await insertClient(apiA.dataSource, temp.workspace.id);
    const sub = await subscribe(apiB, {
      cookie: (await signIn(apiA, temp.emails.MANAGER)).cookieHeader(),
      query: ACTIVITY,
    });
    await recordEvent(apiA, temp.workspace.id, tempClient.id, 'still a member');
    expect((await sub.next()).activityFeed.summary).toBe('still a member');
    await apiA.dataSource
      .getRepository(Membership)
      .delete({ userId: temp.users.MANAGER.id, workspaceId: temp.workspace.id });
    await recordEvent(apiA, temp.workspace.id, tempClient.id, 'after removal');
    expect(await sub.ended()).toBe('complete');
    expect(sub.events).toHaveLength(1);
  });

  it('gives portal contacts only portal-visible events of their own client, and no staff subscriptions', async () => {
    const ds = apiA.dataSource;
    const mine = await insertClient(ds, a.workspace.id, { name: 'Portal client' }, [
      { name: 'Pat', email: 'pat@portal.example', portalAccess: true },
    ]);
    const other = await insertClient(ds, a.workspace.id, { name: 'Other client' }, [
      { name: 'Oli', email: 'oli@portal.example', portalAccess: true },
    ]);
    const pat = await ds.getRepository(Contact).findOneByOrFail({ clientId: mine.id });
    const cookie = await portalCookie(apiB, pat);
    const sub = await subscribe(apiB, { cookie, app: 'portal', query: PORTAL_TIMELINE });

    await recordEvent(apiA, a.workspace.id, mine.id, 'internal note', false);
    await recordEvent(apiA, a.workspace.id, other.id, 'other client, visible to them', true);
    await recordEvent(apiA, a.workspace.id, mine.id, 'shared with the client', true);
    expect((await sub.next()).portalTimelineEvents.summary).toBe('shared with the client');
    await nothingWithin(sub);

    expect(await refused(apiB, { cookie, app: 'portal', query: ACTIVITY })).toBe('FORBIDDEN');
    expect(await refused(apiB, { cookie, app: 'portal', query: CLIENT_TIMELINE, variables: { id: mine.id } })).toBe(
      'FORBIDDEN',
    );
    expect(await refused(apiB, { cookie: await staff(a), query: PORTAL_TIMELINE })).toBe('FORBIDDEN');
  });

  it('sends invoice events to staff with financials.view and to the client’s portal once issued', async () => {
    const ds = apiA.dataSource;
    const client = await insertClient(ds, a.workspace.id, {}, [
      { name: 'Bill', email: 'bill@portal.example', portalAccess: true, role: 'BILLING' },
    ]);
    const bill = await ds.getRepository(Contact).findOneByOrFail({ clientId: client.id });
    const invoice = await ds.getRepository(Invoice).save(
      ds.getRepository(Invoice).create({
        workspaceId: a.workspace.id,
        clientId: client.id,
        currency: 'USD',
        total: 12_345,
        status: 'DRAFT',
      }),
    );
    expect(await refused(apiB, { cookie: await staff(a, 'MEMBER'), query: INVOICES })).toBe('FORBIDDEN');
    const owner = await subscribe(apiB, { cookie: await staff(a), query: INVOICES });
    const portal = await subscribe(apiB, {
      cookie: await portalCookie(apiB, bill),
      app: 'portal',
      query: PORTAL_INVOICES,
    });

    await publishInvoiceStatus(ds.manager, invoice);
    expect((await owner.next()).invoiceStatusChanged).toEqual({
      invoiceId: invoice.id,
      status: 'DRAFT',
      total: 12_345,
      amountPaid: 0,
    });
    await ds.getRepository(Invoice).update(invoice.id, { status: 'PAID', amountPaid: 12_345 });
    await publishInvoiceStatus(ds.manager, invoice);
    expect((await owner.next()).invoiceStatusChanged).toMatchObject({ status: 'PAID', amountPaid: 12_345 });
    expect((await portal.next()).portalInvoiceStatusChanged).toEqual({ invoiceId: invoice.id, status: 'PAID' });
    expect(portal.events).toHaveLength(1); // the DRAFT was never shown to the client
  });

  it('tells the portal what changed, within each topic’s portal rule and the contact’s role', async () => {
    const ds = apiA.dataSource;
    const client = await insertClient(ds, a.workspace.id, {}, [
      { name: 'Dee', email: 'dee@portal.example', portalAccess: true, role: 'DECISION_MAKER' },
      { name: 'Bea', email: 'bea@portal.example', portalAccess: true, role: 'BILLING' },
    ]);
    const contacts = await ds.getRepository(Contact).findBy({ clientId: client.id });
    const dee = contacts.find((c) => c.name === 'Dee')!;
    const bea = contacts.find((c) => c.name === 'Bea')!;
    const deeSub = await subscribe(apiB, {
      cookie: await portalCookie(apiB, dee),
      app: 'portal',
      query: PORTAL_CHANGES,
    });
    const beaSub = await subscribe(apiB, {
      cookie: await portalCookie(apiB, bea),
      app: 'portal',
      query: PORTAL_CHANGES,
    });

    await recordEvent(apiA, a.workspace.id, client.id, 'internal', false);
    const shared = await recordEvent(apiA, a.workspace.id, client.id, 'shared', true);
    expect((await deeSub.next()).portalChanges).toEqual({ topic: 'timeline', id: shared.id });
    const invoice = await ds.getRepository(Invoice).save(
      ds.getRepository(Invoice).create({
        workspaceId: a.workspace.id,
        clientId: client.id,
        currency: 'USD',
        status: 'SENT',
        number: 'INV-1',
      }),
    );
    await publishInvoiceStatus(ds.manager, invoice);
    expect((await beaSub.next()).portalChanges).toEqual({ topic: 'invoice', id: invoice.id });
    expect((await deeSub.next()).portalChanges).toEqual({ topic: 'invoice', id: invoice.id });
    expect(beaSub.events).toHaveLength(1); // a BILLING contact does not see the timeline
    expect(deeSub.events).toHaveLength(2);
  });

  it('publishes deliverable decisions to staff watching the project', async () => {
    const client = await insertClient(apiA.dataSource, a.workspace.id);
    const project = await insertProject(apiA.dataSource, a.workspace.id, { clientId: client.id });
    const writer = await signIn(apiA, a.emails.MANAGER);
    const created = await writer.gql(
      `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
      {
        input: { projectId: project.id, title: 'Logo' },
      },
    );
    const id = created.data.createDeliverable.id;
    const sub = await subscribe(apiB, { cookie: await staff(a), query: DECISIONS, variables: { p: project.id } });
    await writer.gql(`mutation($id: ID!) { decideDeliverable(id: $id, decision: APPROVED) { id } }`, { id });
    expect((await sub.next()).deliverableDecisions).toEqual({ id, status: 'APPROVED', version: 1 });
    expect(await refused(apiB, { cookie: await staff(b), query: DECISIONS, variables: { p: project.id } })).toBe(
      'NOT_FOUND',
    );
  });
});

describe('payloads', () => {
  it('refuses to publish an event of 8000 bytes or more (ids only)', async () => {
    const huge = {
      topic: 'timeline',
      workspaceId: a.workspace.id,
      clientId: null,
      id: 'x'.repeat(8000),
      kind: 'created' as const,
    };
    await expect(publish(apiA.dataSource.manager, huge)).rejects.toThrow(/8000/);
  });
});
