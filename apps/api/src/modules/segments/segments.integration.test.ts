import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const SEGMENTS = `query($d: ClientSegmentDimension!) { clientSegments(dimension: $d) { dimension totalCount segments { key count totalValue valueMin valueBelow } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Segments');
  b = await createWorkspace(server.dataSource, 'Segments other');
  const ws = a.workspace.id;
  const old = new Date('2019-01-01T00:00:00Z');
  const values = [0, 100, 200, 300, 400, 500, 600];
  for (const [i, v] of values.entries()) {
    await insertClient(server.dataSource, ws, {
      name: `Seg ${i}`,
      totalValue: v,
      industry: i % 2 ? 'Retail' : null,
      size: i < 3 ? 'SMB' : 'ENTERPRISE',
      status: i === 0 ? 'PROSPECT' : 'ACTIVE',
      firstContactAt: i < 2 ? old : null,
      accountManagerId: i === 6 ? a.users.MEMBER.id : null,
    });
  }
  await insertClient(server.dataSource, ws, { name: 'Archived', archivedAt: new Date(), totalValue: 10_000 });
  await insertClient(server.dataSource, b.workspace.id, { name: 'Other', totalValue: 99_999, industry: 'Retail' });
});
afterAll(() => server.close());

describe('client segments', () => {
  it('groups by value tier (tertiles of positive values) with totals and list ranges', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await owner.gql(SEGMENTS, { d: 'VALUE_TIER' });
    expect(res.errors).toBeUndefined();
    // Positive values 100..600: tertiles 200 and 400 → LOW ≤ 200 (and 0), MEDIUM 201..400, HIGH > 400.
    expect(res.data.clientSegments).toEqual({
      dimension: 'VALUE_TIER',
      totalCount: 7,
      segments: [
        { key: 'HIGH', count: 2, totalValue: 1100, valueMin: 401, valueBelow: null },
        { key: 'MEDIUM', count: 2, totalValue: 700, valueMin: 201, valueBelow: 401 },
        { key: 'LOW', count: 3, totalValue: 300, valueMin: 0, valueBelow: 201 },
      ],
    });
  });

  it('groups by industry, size, tenure and status', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const keys = async (d: string) =>
      (await owner.gql(SEGMENTS, { d })).data.clientSegments.segments.map((s: { key: string; count: number }) => [
        s.key,
        s.count,
      ]);
    expect(await keys('INDUSTRY')).toEqual([
      [null, 4],
      ['Retail', 3],
    ]);
    expect(await keys('SIZE')).toEqual([
      ['ENTERPRISE', 4],
      ['SMB', 3],
    ]);
    expect(await keys('TENURE')).toEqual([
      ['NEW', 5],
      ['RECURRING', 2],
    ]);
    expect(await keys('STATUS')).toEqual([
      ['PROSPECT', 1],
      ['ACTIVE', 6],
      ['PAUSED', 0],
      ['INACTIVE', 0],
    ]);
  });

  it('hides totals and value tiers from roles without financials and scopes a member to their clients', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const status = await member.gql(SEGMENTS, { d: 'STATUS' });
    expect(status.data.clientSegments.totalCount).toBe(1);
    expect(status.data.clientSegments.segments.every((s: { totalValue: unknown }) => s.totalValue === null)).toBe(true);
    expect((await member.gql(SEGMENTS, { d: 'VALUE_TIER' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('never counts another workspace', async () => {
    const other = await signIn(server, b.emails.OWNER);
    const res = await other.gql(SEGMENTS, { d: 'INDUSTRY' });
    expect(res.data.clientSegments).toEqual({
      dimension: 'INDUSTRY',
      totalCount: 1,
      segments: [{ key: 'Retail', count: 1, totalValue: 99_999, valueMin: null, valueBelow: null }],
    });
  });
});
