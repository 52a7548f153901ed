import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { csvCell } from '../../platform/lib/csv';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

const download = (client: TestClient | null, query = '') =>
  fetch(`${server.url}/files/exports/clients.csv${query}`, {
    headers: client ? { cookie: client.cookieHeader() } : {},
  });
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Export');
  b = await createWorkspace(server.dataSource, 'Export other');
  const ds = server.dataSource;
  await insertClient(
    ds,
    a.workspace.id,
    {
      name: 'Zeta, "Quoted" Inc',
      email: 'z@zeta.example',
      totalValue: 123_456,
      tags: ['vip', 'eu'],
      status: 'ACTIVE',
      accountManagerId: a.users.MANAGER.id,
    },
    [{ name: 'Zoë Primary', email: 'zoe@zeta.example', isPrimary: true }],
  );
  await insertClient(ds, a.workspace.id, { name: '=HYPERLINK("x")', status: 'PROSPECT' });
  await insertClient(ds, a.workspace.id, { name: 'Old Archived', archivedAt: new Date(), status: 'INACTIVE' });
  await insertClient(ds, b.workspace.id, { name: 'Other Workspace Client' });
});
afterAll(() => server.close());

describe('CSV export', () => {
  it('streams the filtered list with values for a financial role', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await download(owner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = rows(await res.text());
    expect(lines[0]).toMatch(/^Name,Legal name,Tax id,.*Total value,Last activity,Created$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",/);
    expect(lines[2]).toContain('"Zeta, ""Quoted"" Inc"');
    expect(lines[2]).toContain('Zoë Primary,zoe@zeta.example');
    expect(lines[2]).toContain(a.users.MANAGER.name);
    expect(lines[2]).toContain('"vip; eu"');
    expect(lines[2]).toContain(',1234.56,');
    expect(lines.join('\n')).not.toContain('Other Workspace Client');

    const filtered = rows(
      await (await download(owner, '?status=PROSPECT,INACTIVE&archived=1&sort=NAME&dir=DESC')).text(),
    );
    expect(filtered.slice(1).map((l) => l.split(',')[0])).toEqual(['Old Archived', `"'=HYPERLINK(""x"")"`]);
  });

  it('answers 400 for a malformed filter, 401 without a session and 403 without data.export', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const bad = await download(owner, '?status=NOPE');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'status' } });
    expect((await download(null)).status).toBe(401);
    const member = await signIn(server, a.emails.MEMBER);
    expect((await download(member)).status).toBe(403);
  });

  it('scopes to the caller workspace', async () => {
    const other = await signIn(server, b.emails.OWNER);
    const lines = rows(await (await download(other)).text());
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Other Workspace Client']);
    const manager = await signIn(server, b.emails.MANAGER);
    expect(rows(await (await download(manager)).text())).toHaveLength(2);
  });
});

describe('csvCell', () => {
  it('quotes separators and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('+1 555 0100')).toBe('+1 555 0100');
    expect(csvCell('-2')).toBe('-2');
    expect(csvCell('+SUM(A1:A9)')).toBe("'+SUM(A1:A9)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(null)).toBe('');
    expect(csvCell(['x', 'y'])).toBe('"x; y"');
  });
});
