import {
  createWorkspace,
  PASSWORD,
  signIn,
  startTestServer,
  TestClient,
  type GqlResult,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }`;
const LOG = `query($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    items { id action actionLabel actorLabel actorUserId ip device targetType targetLabel changes { field from to } }
    nextCursor
  }
}`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let owner: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Audit A');
  b = await createWorkspace(server.dataSource, 'Audit B');
  owner = await signIn(server, a.emails.OWNER);
});
afterAll(() => server.close());

type Row = { id: string; action: string; actorLabel: string; actorUserId: string | null; ip: string; device: string };
const log = async (client: TestClient, f: Record<string, unknown> = {}, first = 50) =>
  (await client.gql(LOG, { f, first })).data.auditLog as { items: Row[]; nextCursor: string | null };

describe('audit log', () => {
  it('records sign-ins and failed sign-ins with address and browser, in the user’s workspaces only', async () => {
    const visitor = new TestClient(server.url);
    await visitor.gql(
      SIGN_IN,
      { e: a.emails.MEMBER, p: 'wrong-password' },
      {
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      },
    );
    await signIn(server, a.emails.MEMBER);
    const failed = (await log(owner, { actions: ['auth.signInFailed'] })).items;
    expect(failed[0]).toMatchObject({ actorLabel: a.emails.MEMBER, actorUserId: a.users.MEMBER.id, ip: '127.0.0.1' });
    expect(failed[0].device).toBe('Firefox 133 on Linux');
    const signedIn = (await log(owner, { actions: ['auth.signedIn'] })).items.map((r) => r.actorLabel);
    expect(signedIn).toContain(a.emails.MEMBER);
    // Workspace B sees none of A's rows.
    const other = await signIn(server, b.emails.OWNER);
    const bRows = (await log(other)).items;
    expect(bRows.every((r) => r.actorLabel !== a.emails.MEMBER)).toBe(true);
  });

  it('is only for OWNER and ADMIN', async () => {
    for (const role of ['MANAGER', 'MEMBER'] as const) {
      const caller = await signIn(server, a.emails[role]);
      expect((await caller.gql(LOG)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await signIn(server, a.emails.ADMIN);
    expect((await admin.gql(LOG)).errors).toBeUndefined();
  });

  it('filters by action and text, and pages with a cursor without gaps or repeats', async () => {
    for (let i = 0; i < 5; i++) await signIn(server, a.emails.ADMIN);
    const all = (await log(owner, { actions: ['auth.signedIn'] }, 200)).items;
    const seen: Row[] = [];
    let after: string | null = null;
    do {
      const res: GqlResult = await owner.gql(LOG, { f: { actions: ['auth.signedIn'] }, first: 2, after });
      seen.push(...res.data.auditLog.items);
      after = res.data.auditLog.nextCursor;
    } while (after);
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
    const searched = (await log(owner, { search: a.emails.ADMIN.slice(0, 8) })).items;
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((r) => r.actorLabel === a.emails.ADMIN)).toBe(true);
    const bad = await owner.gql(LOG, { f: { actions: ['nope'] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actions' });
  });

  it('is append-only: the database refuses updates and deletes; only the retention purge removes old rows', async () => {
    await expect(server.dataSource.query(`UPDATE audit_event SET "actorLabel" = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(server.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await server.dataSource.query(
      `INSERT INTO audit_event ("workspaceId", "createdAt", action, "actorLabel", ip) VALUES ($1, now() - interval '500 days', 'auth.signedIn', 'ancient@example.test', '10.0.0.1')`,
      [a.workspace.id],
    );
    const purged = await server.app.services.audit.purge(400);
    expect(purged).toBe(1);
    expect((await log(owner, { search: 'ancient@' })).items).toHaveLength(0);
    expect((await log(owner)).items.length).toBeGreaterThan(0);
  });

  it('exports the filtered log as CSV and records the export', async () => {
    const res = await fetch(`${server.url}/files/exports/audit-log.csv?actions=auth.signedIn`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toContain('What happened');
    expect(text).toContain('Signed in');
    expect(text).not.toContain('Failed sign-in');
    const exported = (await log(owner, { actions: ['data.exported'] })).items;
    expect(exported[0].actorLabel).toBe(a.emails.OWNER);
    const member = await signIn(server, a.emails.MEMBER);
    const refused = await fetch(`${server.url}/files/exports/audit-log.csv`, {
      headers: { cookie: member.cookieHeader() },
    });
    expect(refused.status).toBe(403);
  });

  it('keys sign-in limits on the real client address behind a trusted proxy', async () => {
    // The bundled proxies run on loopback and append the visitor's address; a visitor's own header sits left of it.
    const attempt = (ip: string, spoofed?: string) =>
      new TestClient(server.url).gql(
        SIGN_IN,
        { e: `nobody-${ip}@example.test`, p: 'wrong' },
        {
          'x-forwarded-for': spoofed ? `${spoofed}, ${ip}` : ip,
        },
      );
    for (let i = 0; i < 50; i++) await attempt('203.0.113.7', `198.51.100.${i}`);
    const locked = await attempt('203.0.113.7', '198.51.100.99');
    expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Another visitor is not locked out by the first one's failures.
    const other = await attempt('203.0.113.8');
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // And the right password still works for a known account from a fresh address.
    const ok = await new TestClient(server.url).gql(
      SIGN_IN,
      { e: a.emails.OWNER, p: PASSWORD },
      {
        'x-forwarded-for': '203.0.113.9',
      },
    );
    expect(ok.errors).toBeUndefined();
  });
});
