import {
  createWorkspace,
  PASSWORD,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';

const ME = `{ me { user { email } } }`;
const SESSIONS = `{ mySessions { id device ip current createdAt lastSeenAt } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }`;
const CHROME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Sessions A');
  b = await createWorkspace(server.dataSource, 'Sessions B');
});
afterAll(() => server.close());

/** A second browser holding a copy of the first one's cookie (a stolen or copied `cf_session`). */
const copyOf = (client: TestClient) => {
  const copy = new TestClient(server.url);
  for (const [k, v] of client.cookies) copy.setCookie(k, v);
  return copy;
};

describe('sessions that really end', () => {
  it('sign-out ends the session on the server: a copied cookie stops working', async () => {
    const browser = await signIn(server, a.emails.MANAGER);
    const copy = copyOf(browser);
    expect((await copy.gql(ME)).data.me.user.email).toBe(a.emails.MANAGER);
    await browser.gql(`mutation { signOut }`);
    expect(browser.cookies.has('cf_session')).toBe(false);
    expect((await copy.gql(ME)).data.me).toBeNull();
    expect((await copy.gql(`{ clients { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the browsers signed in, with device, IP and which one is this', async () => {
    const laptop = new TestClient(server.url);
    await laptop.gql(SIGN_IN, { e: a.emails.MEMBER, p: PASSWORD }, { 'user-agent': CHROME });
    const phone = await signIn(server, a.emails.MEMBER);
    const list = (await laptop.gql(SESSIONS)).data.mySessions as { id: string; device: string; current: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const current = list.filter((s) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0].device).toBe('Chrome 131 on macOS');
    // The phone's view marks its own session, not the laptop's.
    const fromPhone = (await phone.gql(SESSIONS)).data.mySessions as { id: string; current: boolean }[];
    expect(fromPhone.find((s) => s.current)!.id).not.toBe(current[0].id);
  });

  it('revokes one other session; another user cannot revoke it', async () => {
    const laptop = await signIn(server, a.emails.ADMIN);
    const phone = await signIn(server, a.emails.ADMIN);
    const phoneId = ((await phone.gql(SESSIONS)).data.mySessions as { id: string; current: boolean }[]).find(
      (s) => s.current,
    )!.id;
    const intruder = await signIn(server, b.emails.OWNER);
    const refused = await intruder.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: phoneId });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await phone.gql(ME)).data.me).not.toBeNull();

    const revoked = await laptop.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: phoneId });
    expect(revoked.errors).toBeUndefined();
    expect((await phone.gql(ME)).data.me).toBeNull();
    expect((await laptop.gql(ME)).data.me.user.email).toBe(a.emails.ADMIN);
    const ids = ((await laptop.gql(SESSIONS)).data.mySessions as { id: string }[]).map((s) => s.id);
    expect(ids).not.toContain(phoneId);
  });

  it('"sign out of all devices" ends every session of the user, and only theirs', async () => {
    const one = await signIn(server, a.emails.OWNER);
    const two = await signIn(server, a.emails.OWNER);
    const someoneElse = await signIn(server, a.emails.MANAGER);
    const res = await one.gql(`mutation { signOutEverywhere }`);
    expect(res.data.signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect((await one.gql(ME)).data.me).toBeNull();
    expect((await two.gql(ME)).data.me).toBeNull();
    expect((await someoneElse.gql(ME)).data.me).not.toBeNull();
  });

  it('a session survives switching workspace (same browser, new workspace in the cookie)', async () => {
    const c = await createWorkspace(server.dataSource, 'Sessions C');
    await server.dataSource.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'MEMBER')`, [
      c.users.OWNER.id,
      a.workspace.id,
    ]);
    const browser = await signIn(server, c.emails.OWNER);
    const before = (await browser.gql(SESSIONS)).data.mySessions.find((s: { current: boolean }) => s.current).id;
    await browser.gql(`mutation($id: ID!) { switchWorkspace(workspaceId: $id) { role } }`, { id: a.workspace.id });
    const after = (await browser.gql(SESSIONS)).data.mySessions.find((s: { current: boolean }) => s.current).id;
    expect(after).toBe(before);
    await browser.gql(`mutation { signOut }`);
    expect((await browser.gql(ME)).data.me).toBeNull();
  });

  it('costs no SQL statement beyond the one viewer re-read (last-seen bump included)', async () => {
    const browser = await signIn(server, a.emails.OWNER);
    const count = async () => Number((await browser.gql(`{ workspaceMembers { id } }`)).headers!.get('x-sql-queries'));
    const first = await count();
    // Force the once-a-minute last-seen bump on the next request: it must ride in the same statement.
    await server.dataSource.query(`UPDATE user_session SET "lastSeenAt" = now() - interval '2 minutes'`);
    const withBump = await count();
    expect(first).toBe(2); // the viewer (membership + session, one statement) and the members list
    expect(withBump).toBe(first);
    const [row] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM user_session WHERE "lastSeenAt" > now() - interval '1 minute' AND "userId" = $1`,
      [a.users.OWNER.id],
    );
    expect(row.n).toBeGreaterThan(0);
  });
});
