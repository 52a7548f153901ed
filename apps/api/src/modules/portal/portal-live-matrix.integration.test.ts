import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'type-graphql';
import {
  permissionsFor,
  PORTAL_PERMISSIONS,
  PORTAL_ROLE_CEILING,
  PORTAL_ROW_RULES,
  type ContactRole,
} from '@clientflow/domain';
import {
  createWorkspace,
  insertClient,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { liveSubscribe, until, type LiveSubscriber } from '../../../test/live-client';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { StaffViewer } from '../../platform/auth/viewer';
import { TenantScope } from '../../platform/db/tenant-scope';
import { liveTopicsOf } from '../../platform/module';
import type { LiveItem } from '../../platform/realtime/live-topic';
import { createSchema } from '../../schema';
import { Invoice } from '../billing/invoices/invoice.entity';
import { publishInvoiceStatus } from '../billing/invoices/invoice-status.topics';
import { Contact } from '../clients/contact.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { MODULES } from '../index';
import { Project } from '../projects/project.entity';
import type { TimelineEvent } from '../timeline/timeline-event.entity';
import { addContact, ALL_PORTAL_PERMISSIONS, portalSession, setPortalSettings } from './portal-content.test-kit';

/**
 * Issue 19, item 1: for every portal live subscription and every portal rule, the subscription delivers exactly what
 * the contact's own queries return — nothing they do not return (no leak), and every row that newly appears in them
 * (nothing missed). Each rule is applied before subscribing (the subscribe step decides) and while subscribed (the
 * per-event re-check decides). Tables: a new portal topic, subscription or rule is one line.
 */

/** A round's client: a shown and a hidden project (for the selection rules), deliverables and a ticket. */
interface Round {
  clientId: string;
  contact: Contact;
  shown: Project;
  hidden: Project;
  shownDeliverable: Deliverable;
  hiddenDeliverable: Deliverable;
  ticketId: string;
}

/** Rows as keys `<topic>:<id>`, the portal's queries per live topic (null when refused). */
type Read = (portal: TestClient, r: Round) => Promise<string[] | null>;

async function read(
  portal: TestClient,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: any) => string[],
) {
  const res = await portal.gql(query, variables);
  const code = res.errors?.[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'NOT_FOUND') return null;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return pick(res.data);
}

/** What the portal's queries return, per portal live topic. */
const QUERIES: Record<string, Read> = {
  timeline: (p) =>
    read(p, `{ portalTimeline(first: 50) { nodes { id } } }`, {}, (d) =>
      d.portalTimeline.nodes.map((n: { id: string }) => `timeline:${n.id}`),
    ),
  invoice: (p) =>
    read(p, `{ portalInvoices(input: { limit: 100 }) { nodes { id } } }`, {}, (d) =>
      d.portalInvoices.nodes.map((n: { id: string }) => `invoice:${n.id}`),
    ),
  ticket: (p) =>
    read(p, `{ portalTickets { id } }`, {}, (d) => d.portalTickets.map((t: { id: string }) => `ticket:${t.id}`)),
  ticketMessage: (p) =>
    read(p, `{ portalTickets { messages { id } } }`, {}, (d) =>
      d.portalTickets.flatMap((t: { messages: { id: string }[] }) => t.messages.map((m) => `ticketMessage:${m.id}`)),
    ),
};

interface PortalSubscription {
  field: string;
  document: string;
  variables?: (r: Round) => Record<string, unknown>;
  /** The delivered payload as row keys. */
  delivered: (data: any) => string[];
  /** What the contact's queries return for the same rows. */
  queried: Read;
}

const union =
  (...reads: Read[]): Read =>
  async (p, r) => {
    const sets = await Promise.all(reads.map((fn) => fn(p, r)));
    return sets.flatMap((s) => s ?? []);
  };

const SUBSCRIPTIONS: PortalSubscription[] = [
  {
    field: 'portalTimelineEvents',
    document: `subscription { portalTimelineEvents { id summary body } }`,
    delivered: (d) => [`timeline:${d.portalTimelineEvents.id}`],
    queried: QUERIES.timeline,
  },
  {
    field: 'portalInvoiceStatusChanged',
    document: `subscription { portalInvoiceStatusChanged { invoiceId status } }`,
    delivered: (d) => [`invoice:${d.portalInvoiceStatusChanged.invoiceId}`],
    queried: QUERIES.invoice,
  },
  {
    field: 'portalTicketThread',
    document: `subscription($t: ID!) { portalTicketThread(ticketId: $t) { message { id } ticket { id } } }`,
    variables: (r) => ({ t: r.ticketId }),
    delivered: ({ portalTicketThread: e }) =>
      e.message ? [`ticketMessage:${e.message.id}`] : [`ticket:${e.ticket.id}`],
    queried: (p, r) =>
      read(p, `query($t: ID!) { portalTicket(id: $t) { id messages { id } } }`, { t: r.ticketId }, (d) => [
        `ticket:${d.portalTicket.id}`,
        ...d.portalTicket.messages.map((m: { id: string }) => `ticketMessage:${m.id}`),
      ]),
  },
  {
    field: 'portalChanges',
    document: `subscription { portalChanges { topic id } }`,
    delivered: (d) => [`${d.portalChanges.topic}:${d.portalChanges.id}`],
    queried: union(...Object.values(QUERIES)),
  },
];

/** The live topics portal sessions receive (`portal` set), with the permission their rule needs. */
const PORTAL_TOPICS = Object.entries(liveTopicsOf(MODULES)).flatMap(([name, topic]) =>
  topic.portal ? [{ name, permission: PORTAL_ROW_RULES[topic.portal].permission }] : [],
);

interface PortalRule {
  name: string;
  apply: (server: TestServer, ws: TestWorkspace, r: Round) => Promise<unknown>;
}

const settings = (patch: Parameters<typeof setPortalSettings>[3]) => (s: TestServer, w: TestWorkspace, r: Round) =>
  setPortalSettings(s, r.clientId, w.workspace.id, patch);
/** One role per distinct ceiling (OBSERVER stands for the read-only roles). */
const ROLES = Object.entries(PORTAL_ROLE_CEILING)
  .filter(([, ceiling], i, all) => all.findIndex(([, c]) => c.join() === ceiling.join()) === i)
  .map(([role]) => role as ContactRole);

const RULES: PortalRule[] = [
  { name: 'every permission, every project', apply: async () => undefined },
  {
    name: 'project selection: one project',
    apply: (s, w, r) => settings({ allProjects: false, projectIds: [r.shown.id] })(s, w, r),
  },
  { name: 'project selection: no project', apply: settings({ allProjects: false, projectIds: [] }) },
  ...[...new Set(PORTAL_TOPICS.map((t) => t.permission))].map((permission) => ({
    name: `portal permission ${permission} off`,
    apply: settings({ permissions: PORTAL_PERMISSIONS.filter((p) => p !== permission) }),
  })),
  ...ROLES.map((role) => ({
    name: `contact role ${role}`,
    apply: (s: TestServer, _w: TestWorkspace, r: Round) =>
      s.dataSource.getRepository(Contact).update(r.contact.id, { role }),
  })),
  { name: 'client portal switched off', apply: settings({ enabled: false }) },
  {
    name: 'contact portal access revoked',
    apply: (s, _w, r) => s.dataSource.getRepository(Contact).update(r.contact.id, { portalAccess: false }),
  },
];

let server: TestServer;
let ws: TestWorkspace;
let owner: StaffViewer;
const open: LiveSubscriber[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Portal live matrix');
  owner = {
    kind: 'staff',
    userId: ws.users.OWNER.id,
    workspaceId: ws.workspace.id,
    role: 'OWNER',
    permissions: permissionsFor('OWNER', { memberCanViewFinancials: true }),
  };
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.dispose()));
  await server.close();
});

const scope = () => new TenantScope(server.dataSource.manager, ws.workspace.id);

async function newRound(): Promise<Round> {
  const { dataSource: ds } = server;
  const { services } = server.app;
  const client = await insertClient(ds, ws.workspace.id, { name: `Matrix ${randomUUID().slice(0, 6)}` });
  await setPortalSettings(server, client.id, ws.workspace.id, { permissions: ALL_PORTAL_PERMISSIONS });
  const contact = await addContact(server, client.id, ws.workspace.id, 'DECISION_MAKER');
  const save = <T extends object>(entity: new () => T, data: Partial<T>) =>
    ds.getRepository(entity).save(ds.getRepository(entity).create({ workspaceId: ws.workspace.id, ...data } as T));
  const project = (name: string) => save(Project, { clientId: client.id, name, status: 'ACTIVE', value: 0 });
  const [shown, hidden] = [await project('Shown'), await project('Hidden')];
  const deliverable = (p: Project) =>
    save(Deliverable, {
      projectId: p.id,
      clientId: client.id,
      title: `${p.name} mockup`,
      status: 'APPROVED',
      version: 1,
    });
  const ticket = await services.tickets.open(
    scope(),
    contact.id,
    client.id,
    { subject: 'Question', message: 'Hello?' },
    () => true,
  );
  return {
    clientId: client.id,
    contact,
    shown,
    hidden,
    shownDeliverable: await deliverable(shown),
    hiddenDeliverable: await deliverable(hidden),
    ticketId: ticket.id,
  };
}

/** Every kind of change a portal topic announces: visible and hidden ones, per topic. */
async function stimulate(r: Round): Promise<void> {
  const { dataSource: ds } = server;
  const { services } = server.app;
  const userId = owner.userId;
  const event = (summary: string, portalVisible: boolean, projectId: string | null) =>
    services.timeline.record(scope(), { clientId: r.clientId, type: 'NOTE', summary, portalVisible, projectId });
  await event('shared, shown project', true, r.shown.id);
  await event('shared, hidden project', true, r.hidden.id);
  await event('shared, no project', true, null);
  await event('internal', false, r.shown.id);
  await services.deliverables.submitVersion(scope(), r.hiddenDeliverable.id, userId, 'Secret v1');
  await services.deliverables.submitVersion(scope(), r.shownDeliverable.id, userId, 'Homepage v1');
  for (const status of ['DRAFT', 'SENT'] as const) {
    const invoice = await ds
      .getRepository(Invoice)
      .save(
        ds
          .getRepository(Invoice)
          .create({ workspaceId: ws.workspace.id, clientId: r.clientId, currency: 'USD', total: 100, status }),
      );
    await publishInvoiceStatus(ds.manager, invoice);
  }
  await services.tickets.reply(scope(), r.ticketId, { kind: 'USER', userId }, 'Public answer', false);
  await services.tickets.reply(scope(), r.ticketId, { kind: 'USER', userId }, 'Internal note', true);
  await services.tickets.openForClient(scope(), userId, { clientId: r.clientId, subject: 'From us', message: 'FYI' });
}

/**
 * Waits until every event published so far has been fanned out: the bus fans out in NOTIFY order, so once an
 * in-process staff subscriber sees a marker published last, every earlier event was pushed to every subscriber.
 */
async function drain(r: Round): Promise<void> {
  const marker = `marker ${randomUUID()}`;
  const live = server.app.services.live;
  const registered = live.subscriberCount;
  const control = live.subscribe<TimelineEvent>('timeline', owner, (i) => i.clientId === r.clientId);
  // The stream registers on its first next(), which the loop calls at once; it unregisters when the loop returns.
  const seen = (async () => {
    for await (const item of control as AsyncIterable<LiveItem<TimelineEvent>>) if (item.row.summary === marker) return;
  })();
  await until(() => live.subscriberCount > registered);
  await server.app.services.timeline.record(scope(), { clientId: r.clientId, type: 'NOTE', summary: marker });
  await seen;
  await new Promise((done) => setTimeout(done, 150)); // the sockets' frames of those pushes
}

/** Opens one subscription; resolves once the server registered it, refused it, or closed the socket. */
async function subscribe(cookie: string, sub: PortalSubscription, r: Round): Promise<LiveSubscriber> {
  const live = server.app.services.live;
  const before = live.subscriberCount;
  const s = liveSubscribe(server.url, { cookie, app: 'portal', query: sub.document, variables: sub.variables?.(r) });
  open.push(s);
  await until(() => live.subscriberCount > before || s.errors.length > 0 || s.closeCodes.length > 0);
  return s;
}

describe('the matrix covers every portal live subscription and topic', () => {
  it('lists every portal subscription of the schema and every portal topic', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    const portalFields = storage.subscriptions
      .filter((m) => {
        const method = storage.authorizedFields.find((f) => f.target === m.target && f.fieldName === m.methodName);
        const cls = storage.authorizedResolver.find((c) => c.target === m.target);
        return (method ?? cls)?.roles.includes(PORTAL);
      })
      .map((m) => m.schemaName);
    expect(SUBSCRIPTIONS.map((s) => s.field).sort()).toEqual([...new Set(portalFields)].sort());
    expect(Object.keys(QUERIES).sort()).toEqual(PORTAL_TOPICS.map((t) => t.name).sort());
  });
});

describe.each(RULES.flatMap((rule) => (['before', 'while'] as const).map((when) => ({ rule, when }))))(
  '$rule.name, applied $when subscribed',
  ({ rule, when }) => {
    const outcome = new Map<string, { delivered: Set<string>; before: Set<string>; after: Set<string> }>();

    beforeAll(async () => {
      const r = await newRound();
      const portal = await portalSession(server, r.contact);
      const cookie = portal.cookieHeader();
      if (when === 'before') await rule.apply(server, ws, r);
      const subs: LiveSubscriber[] = [];
      for (const sub of SUBSCRIPTIONS) subs.push(await subscribe(cookie, sub, r));
      if (when === 'while') await rule.apply(server, ws, r);
      const before = await Promise.all(SUBSCRIPTIONS.map((s) => s.queried(portal, r)));
      await stimulate(r);
      await drain(r);
      const after = await Promise.all(SUBSCRIPTIONS.map((s) => s.queried(portal, r)));
      SUBSCRIPTIONS.forEach((s, i) => {
        outcome.set(s.field, {
          delivered: new Set(subs[i].events.flatMap((e) => s.delivered(e))),
          before: new Set(before[i] ?? []),
          after: new Set(after[i] ?? []),
        });
      });
      await Promise.all(subs.map((s) => s.dispose()));
    });

    it.each(SUBSCRIPTIONS.map((s) => s.field))('%s delivers exactly what the queries return', (field) => {
      const { delivered, before, after } = outcome.get(field)!;
      // Nothing the queries do not return (the leak) …
      expect([...delivered].filter((k) => !after.has(k))).toEqual([]);
      // … and every row that newly appeared in them.
      const appeared = [...after].filter((k) => !before.has(k));
      expect(appeared.filter((k) => !delivered.has(k))).toEqual([]);
      if (rule.name === RULES[0].name) expect(appeared.length).toBeGreaterThan(0); // the round is not vacuous
    });
  },
);
