import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const LIST = `query($filter: ClientFilter, $sort: ClientSort, $page: PageInput) {
  clients(filter: $filter, sort: $sort, page: $page) { totalCount nodes { id name activeProjectCount totalValue } }
}`;
const OPTIONS = `{ clientFilterOptions { industries tags accountManagers { id name } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
const names = (res: { data?: { clients: { nodes: { name: string }[] } } }) =>
  res.data!.clients.nodes.map((c) => c.name);

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Finder');
  b = await createWorkspace(server.dataSource, 'Other');
  const ds = server.dataSource;
  const ws = a.workspace.id;
  await insertClient(
    ds,
    ws,
    {
      name: 'Açaí Digital',
      industry: 'Food',
      size: 'SMB',
      tags: ['vip', 'brazil'],
      activeProjectCount: 2,
      totalValue: 50_000,
      accountManagerId: a.users.MEMBER.id,
      taxId: '12.345.678/0001-90',
      customFields: { tier: 'gold', seats: 12, renewal: true },
      firstContactAt: new Date(Date.now() - 30 * 86_400_000),
      lastActivityAt: new Date('2026-01-05T00:00:00Z'),
    },
    [{ name: 'Joaquín Pérez', isPrimary: true }],
  );
  await insertClient(ds, ws, {
    name: 'Bolt Labs',
    industry: 'Software',
    size: 'STARTUP',
    tags: ['beta'],
    totalValue: 10_000,
    status: 'PROSPECT',
    accountManagerId: a.users.MANAGER.id,
    customFields: { tier: 'silver', seats: 3 },
    firstContactAt: new Date('2020-01-01T00:00:00Z'),
    lastActivityAt: new Date('2026-03-01T00:00:00Z'),
  });
  await insertClient(ds, ws, {
    name: 'Crane & Co',
    industry: 'Software',
    size: 'ENTERPRISE',
    tags: ['vip'],
    activeProjectCount: 1,
    totalValue: 90_000,
    status: 'PAUSED',
    customFields: { renewal: false },
  });
  await insertClient(ds, ws, { name: 'Dormant Ltd', archivedAt: new Date(), status: 'INACTIVE', industry: 'Food' });
  await insertClient(ds, b.workspace.id, {
    name: 'Beta Secret',
    industry: 'Espionage',
    tags: ['hidden'],
    accountManagerId: b.users.OWNER.id,
  });
});
afterAll(() => server.close());

describe('client list filters', () => {
  it('filters by status, has-projects, industry, size, tag and account manager', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const q = async (filter: object) => names(await owner.gql(LIST, { filter }));
    expect(await q({ status: ['PROSPECT', 'PAUSED'] })).toEqual(['Bolt Labs', 'Crane & Co']);
    expect(await q({ hasProjects: true })).toEqual(['Açaí Digital', 'Crane & Co']);
    expect(await q({ hasProjects: false })).toEqual(['Bolt Labs']);
    expect(await q({ industries: ['Software'] })).toEqual(['Bolt Labs', 'Crane & Co']);
    expect(await q({ sizes: ['SMB', 'STARTUP'] })).toEqual(['Açaí Digital', 'Bolt Labs']);
    expect(await q({ tags: ['vip'] })).toEqual(['Açaí Digital', 'Crane & Co']);
    expect(await q({ accountManagerIds: [a.users.MANAGER.id] })).toEqual(['Bolt Labs']);
    expect(await q({ industries: ['Food'], includeArchived: true })).toEqual(['Açaí Digital', 'Dormant Ltd']);
    expect(await q({ tags: ['vip'], sizes: ['ENTERPRISE'], hasProjects: true })).toEqual(['Crane & Co']);
  });

  it('matches custom field values stored as text, number and boolean', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const q = async (customFields: object[]) => names(await owner.gql(LIST, { filter: { customFields } }));
    expect(await q([{ key: 'tier', value: 'gold' }])).toEqual(['Açaí Digital']);
    expect(await q([{ key: 'seats', value: '3' }])).toEqual(['Bolt Labs']);
    expect(await q([{ key: 'renewal', value: 'false' }])).toEqual(['Crane & Co']);
    expect(
      await q([
        { key: 'tier', value: 'gold' },
        { key: 'seats', value: '3' },
      ]),
    ).toEqual([]);
    const bad = await owner.gql(LIST, { filter: { customFields: [{ key: 'bad key!', value: 'x' }] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('filters by tenure and value range, and refuses value filters without financials', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    expect(names(await owner.gql(LIST, { filter: { tenure: 'RECURRING' } }))).toEqual(['Bolt Labs']);
    expect(names(await owner.gql(LIST, { filter: { valueMin: 20_000, valueBelow: 90_000 } }))).toEqual([
      'Açaí Digital',
    ]);
    const member = await signIn(server, a.emails.MEMBER);
    const refused = await member.gql(LIST, { filter: { valueMin: 1 } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sorted = await member.gql(LIST, { sort: { field: 'TOTAL_VALUE', direction: 'DESC' } });
    expect(sorted.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sorts by name, created, value and last activity', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const s = async (field: string, direction = 'DESC') => names(await owner.gql(LIST, { sort: { field, direction } }));
    expect(await s('NAME', 'ASC')).toEqual(['Açaí Digital', 'Bolt Labs', 'Crane & Co']);
    expect(await s('TOTAL_VALUE')).toEqual(['Crane & Co', 'Açaí Digital', 'Bolt Labs']);
    expect(await s('LAST_ACTIVITY')).toEqual(['Bolt Labs', 'Açaí Digital', 'Crane & Co']);
    expect(await s('CREATED_AT')).toEqual(['Crane & Co', 'Bolt Labs', 'Açaí Digital']);
  });

  it('searches contact names and tax ids accent- and punctuation-insensitively', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const q = async (search: string) => names(await owner.gql(LIST, { filter: { search } }));
    expect(await q('joaquin perez')).toEqual(['Açaí Digital']);
    expect(await q('JOAQUÍN')).toEqual(['Açaí Digital']);
    expect(await q('acai')).toEqual(['Açaí Digital']);
    expect(await q('12.345.678/0001-90')).toEqual(['Açaí Digital']);
    expect(await q('12345678000190')).toEqual(['Açaí Digital']);
    expect(await q('100%')).toEqual([]);
  });

  it('exposes active project counts and value only to financial roles', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const res = await member.gql(LIST, {});
    expect(res.data.clients.nodes).toEqual([
      expect.objectContaining({ name: 'Açaí Digital', activeProjectCount: 2, totalValue: null }),
    ]);
  });
});

describe('filter options', () => {
  it('lists industries, tags and account managers in use, within the workspace and scope', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await owner.gql(OPTIONS);
    expect(res.data.clientFilterOptions).toEqual({
      industries: ['Food', 'Software'],
      tags: ['beta', 'brazil', 'vip'],
      accountManagers: expect.arrayContaining([
        { id: a.users.MEMBER.id, name: a.users.MEMBER.name },
        { id: a.users.MANAGER.id, name: a.users.MANAGER.name },
      ]),
    });
    expect(res.data.clientFilterOptions.accountManagers).toHaveLength(2);
    const member = await signIn(server, a.emails.MEMBER);
    const mine = await member.gql(OPTIONS);
    expect(mine.data.clientFilterOptions).toEqual({
      industries: ['Food'],
      tags: ['brazil', 'vip'],
      accountManagers: [{ id: a.users.MEMBER.id, name: a.users.MEMBER.name }],
    });
  });

  it('never shows another workspace rows through filters', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    expect(names(await owner.gql(LIST, { filter: { industries: ['Espionage'] } }))).toEqual([]);
    expect(names(await owner.gql(LIST, { filter: { accountManagerIds: [b.users.OWNER.id] } }))).toEqual([]);
    expect(names(await owner.gql(LIST, { filter: { search: 'beta secret' } }))).toEqual([]);
    const anon = await new TestClient(server.url).gql(OPTIONS);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
