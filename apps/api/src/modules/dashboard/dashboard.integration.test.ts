import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Workspace } from '../identity/workspace.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { TimeEntry } from '../time/time-entry.entity';
import { insertProject } from '../time/time.test-kit';
import { addDays, isoWeekStart, localDate } from '@clientflow/domain';

const DASHBOARD = `query { dashboard {
  today weekStart activeClients prospects recentProspects { name } projectsInProgress totalContractValue overdueProjects
  deliverablesDueThisWeek pendingClientRequests recentActivity { clientName summary type }
} }`;
const METRICS = `query { clients(page: { offset: 0, limit: 50 }) { nodes { name metrics {
  totalProjects activeProjects totalValue averageTicket relationshipDays billableValue costOfTime marginPercent
} } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
const TZ = 'Pacific/Auckland';
let today: string;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Alpha');
  b = await createWorkspace(server.dataSource, 'Beta');
  await server.dataSource.getRepository(Workspace).update(a.workspace.id, { timezone: TZ });
  today = localDate(new Date(), TZ);
  const ds = server.dataSource;
  const ws = a.workspace.id;
  const acme = await insertClient(ds, ws, { name: 'Acme', status: 'ACTIVE' });
  const mine = await insertClient(ds, ws, { name: 'Mine', status: 'ACTIVE', accountManagerId: a.users.MEMBER.id });
  await insertClient(ds, ws, { name: 'Archived', status: 'ACTIVE', archivedAt: new Date() });
  await insertClient(ds, ws, { name: 'Lead one', status: 'PROSPECT' });
  await insertClient(ds, ws, { name: 'Lead two', status: 'PROSPECT', accountManagerId: a.users.MEMBER.id });
  const late = await insertProject(ds, ws, {
    name: 'Late',
    clientId: acme.id,
    value: 100_000,
    estimatedEndDate: addDays(today, -1),
    startDate: addDays(today, -30),
  });
  await insertProject(ds, ws, {
    name: 'Due today',
    clientId: acme.id,
    value: 50_000,
    estimatedEndDate: today,
    status: 'PAUSED',
  });
  await insertProject(ds, ws, {
    name: 'Done late',
    clientId: acme.id,
    value: 70_000,
    estimatedEndDate: addDays(today, -9),
    status: 'COMPLETED',
  });
  const memberLate = await insertProject(ds, ws, {
    name: 'Member late',
    clientId: mine.id,
    value: 20_000,
    estimatedEndDate: addDays(today, -2),
  });
  const week = isoWeekStart(today);
  const dRepo = ds.getRepository(Deliverable);
  await dRepo.insert([
    {
      workspaceId: ws,
      projectId: late.id,
      clientId: acme.id,
      title: 'Due this week',
      status: 'CHANGES_REQUESTED',
      dueDate: addDays(week, 6),
    },
    {
      workspaceId: ws,
      projectId: late.id,
      clientId: acme.id,
      title: 'Pending, due later',
      status: 'PENDING_APPROVAL',
      dueDate: addDays(week, 7),
    },
    {
      workspaceId: ws,
      projectId: late.id,
      clientId: acme.id,
      title: 'Approved this week',
      status: 'APPROVED',
      dueDate: week,
    },
    {
      workspaceId: ws,
      projectId: memberLate.id,
      clientId: mine.id,
      title: 'Member pending',
      status: 'PENDING_APPROVAL',
      dueDate: week,
    },
  ]);
  const events = ds.getRepository(TimelineEvent);
  for (let i = 0; i < 25; i++) {
    await events.insert({
      workspaceId: ws,
      clientId: i % 5 === 0 ? mine.id : acme.id,
      type: 'NOTE',
      summary: `Event ${i}`,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    });
  }
  // Time for the margin: 2 h billable at 100.00/h, costing 40.00/h; plus 1 h not billable at cost 40.00/h.
  await ds.getRepository(TimeEntry).insert([
    {
      workspaceId: ws,
      userId: a.users.OWNER.id,
      projectId: late.id,
      clientId: acme.id,
      date: today,
      minutes: 120,
      billable: true,
      billRate: 10_000,
      costRate: 4_000,
    },
    {
      workspaceId: ws,
      userId: a.users.OWNER.id,
      projectId: late.id,
      clientId: acme.id,
      date: today,
      minutes: 60,
      billable: false,
      billRate: 10_000,
      costRate: 4_000,
    },
  ]);
  await insertClient(ds, b.workspace.id, { name: 'Beta active', status: 'ACTIVE' });
});
afterAll(() => server.close());

describe('dashboard', () => {
  it('answers the known fixture in at most 10 SQL statements', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await owner.gql(DASHBOARD);
    expect(res.errors).toBeUndefined();
    const d = res.data.dashboard;
    expect(d).toMatchObject({
      today,
      weekStart: isoWeekStart(today),
      activeClients: 2,
      prospects: 2,
      projectsInProgress: 2,
      totalContractValue: 120_000,
      overdueProjects: 2,
      deliverablesDueThisWeek: 2,
      pendingClientRequests: 2,
    });
    expect(d.recentProspects.map((p: { name: string }) => p.name).sort()).toEqual(['Lead one', 'Lead two']);
    expect(d.recentActivity).toHaveLength(20);
    expect(d.recentActivity[0]).toEqual({ clientName: 'Acme', summary: 'Event 24', type: 'NOTE' });
    expect(Number(res.headers.get('x-sql-queries'))).toBeLessThanOrEqual(10);
  });

  it("shows a MEMBER only their clients' numbers and no money", async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const d = (await member.gql(DASHBOARD)).data.dashboard;
    expect(d).toMatchObject({
      activeClients: 1,
      prospects: 1,
      recentProspects: [{ name: 'Lead two' }],
      projectsInProgress: 1,
      totalContractValue: null,
      overdueProjects: 1,
      deliverablesDueThisWeek: 1,
      pendingClientRequests: 1,
    });
    expect(d.recentActivity.map((e: { clientName: string }) => e.clientName)).toEqual(Array(5).fill('Mine'));
  });

  it('keeps workspaces apart and needs a session', async () => {
    const other = await signIn(server, b.emails.OWNER);
    const d = (await other.gql(DASHBOARD)).data.dashboard;
    expect(d).toMatchObject({
      activeClients: 1,
      prospects: 0,
      projectsInProgress: 0,
      totalContractValue: 0,
      overdueProjects: 0,
      recentActivity: [],
    });
    const anon = new TestClient(server.url);
    expect((await anon.gql(DASHBOARD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('client metrics', () => {
  it('computes metrics per client in a page without N+1, money for financial roles only', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await owner.gql(METRICS);
    expect(res.errors).toBeUndefined();
    const byName = Object.fromEntries(
      res.data.clients.nodes.map((n: { name: string; metrics: unknown }) => [n.name, n.metrics]),
    );
    expect(byName.Acme).toEqual({
      totalProjects: 3,
      activeProjects: 1,
      totalValue: 220_000,
      averageTicket: 73_333,
      relationshipDays: 30,
      billableValue: 20_000,
      costOfTime: 12_000,
      marginPercent: 40,
    });
    expect(byName['Lead one']).toMatchObject({
      totalProjects: 0,
      averageTicket: null,
      relationshipDays: null,
      marginPercent: null,
    });
    const sql = Number(res.headers.get('x-sql-queries'));
    const bigger = await owner.gql(METRICS.replace('metrics {', 'metrics { totalProjects '));
    expect(Number(bigger.headers.get('x-sql-queries'))).toBe(sql);
    expect(sql).toBeLessThanOrEqual(8);

    const manager = await signIn(server, a.emails.MEMBER);
    const hidden = (await manager.gql(METRICS)).data.clients.nodes;
    expect(hidden.map((n: { name: string }) => n.name).sort()).toEqual(['Lead two', 'Mine']);
    expect(hidden.find((n: { name: string }) => n.name === 'Mine').metrics).toMatchObject({
      totalProjects: 1,
      totalValue: null,
      averageTicket: null,
      billableValue: null,
      costOfTime: null,
      marginPercent: null,
    });
  });
});
