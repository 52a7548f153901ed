import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  createWorkspace,
  PASSWORD,
  signIn,
  startTestServer,
  TestClient,
  TEST_SESSION_SECRET,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { Membership } from '../../modules/identity/membership.entity';
import { ISSUER, STAFF_AUDIENCE } from './session-token';

const ME = `{ me { user { email } workspace { id name } role permissions memberships { workspace { id } role } } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { email } role } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Auth A');
  b = await createWorkspace(server.dataSource, 'Auth B');
});
afterAll(() => server.close());

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('staff sessions', () => {
  it('signs in with an httpOnly SameSite cookie and signs out', async () => {
    const client = new TestClient(server.url);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: a.emails.ADMIN.toUpperCase(), p: PASSWORD } }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cf_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    client.setCookie('cf_session', cookie.split(';')[0].split('=')[1]);
    const me = await client.gql(ME);
    expect(me.data.me).toMatchObject({
      user: { email: a.emails.ADMIN },
      role: 'ADMIN',
      workspace: { id: a.workspace.id },
    });
    expect(me.data.me.permissions).toContain('client.delete');
    await client.gql(`mutation { signOut }`);
    expect((await client.gql(ME)).data.me).toBeNull();
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const client = new TestClient(server.url);
    const wrong = await client.gql(SIGN_IN, { e: a.emails.OWNER, p: 'nope-nope' });
    const unknown = await client.gql(SIGN_IN, { e: 'nobody@example.test', p: 'nope-nope' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(client.cookies.size).toBe(0);
  });

  it('switches between workspaces the user belongs to, and only those', async () => {
    await server.dataSource
      .getRepository(Membership)
      .insert({ userId: a.users.MEMBER.id, workspaceId: b.workspace.id, role: 'MANAGER' });
    const member = await signIn(server, a.emails.MEMBER);
    const me = (await member.gql(ME)).data.me;
    expect(me.memberships).toHaveLength(2);
    const switched = await member.gql(
      `mutation($id: ID!) { switchWorkspace(workspaceId: $id) { workspace { id } role } }`,
      { id: b.workspace.id },
    );
    expect(switched.data.switchWorkspace).toEqual({ workspace: { id: b.workspace.id }, role: 'MANAGER' });
    expect((await member.gql(ME)).data.me.workspace.id).toBe(b.workspace.id);

    const outsider = await signIn(server, a.emails.OWNER);
    const denied = await outsider.gql(`mutation($id: ID!) { switchWorkspace(workspaceId: $id) { role } }`, {
      id: b.workspace.id,
    });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await outsider.gql(ME)).data.me.workspace.id).toBe(a.workspace.id);
  });

  it('drops the session at once when the membership is removed', async () => {
    const c = await createWorkspace(server.dataSource, 'Auth C');
    const client = await signIn(server, c.emails.MANAGER);
    await server.dataSource
      .getRepository(Membership)
      .delete({ userId: c.users.MANAGER.id, workspaceId: c.workspace.id });
    expect((await client.gql(ME)).data.me).toBeNull();
    expect((await client.gql(`{ clients { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('forged tokens', () => {
  let sid: string;
  beforeAll(async () => {
    sid = (
      await server.app.services.sessions.open(a.users.OWNER.id, a.workspace.id, { ip: '127.0.0.1', userAgent: '' })
    ).sessionId;
  });
  const claims = () => ({
    kind: 'staff',
    ws: a.workspace.id,
    sub: a.users.OWNER.id,
    sid,
    iss: ISSUER,
    aud: STAFF_AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + 3600,
  });

  async function meWith(token: string) {
    const client = new TestClient(server.url);
    client.setCookie('cf_session', token);
    return client.gql(ME);
  }

  it('refuses alg:none tokens', async () => {
    const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.`;
    expect((await meWith(token)).data.me).toBeNull();
  });

  it('refuses tokens signed with another key', async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('x'.repeat(64)));
    expect((await meWith(token)).data.me).toBeNull();
  });

  it('refuses another algorithm even with the right key', async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(TEST_SESSION_SECRET));
    expect((await meWith(token)).data.me).toBeNull();
  });

  it('refuses expired tokens, wrong audience and wrong issuer', async () => {
    const key = new TextEncoder().encode(TEST_SESSION_SECRET);
    const sign = (c: object) => new SignJWT(c as never).setProtectedHeader({ alg: 'HS256' }).sign(key);
    expect((await meWith(await sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 10 }))).data.me).toBeNull();
    expect((await meWith(await sign({ ...claims(), aud: 'clientflow:portal' }))).data.me).toBeNull();
    expect((await meWith(await sign({ ...claims(), iss: 'someone-else' }))).data.me).toBeNull();
    // Correctly signed, but naming no session, an unknown one or another user's: refused.
    const { sid: _sid, ...withoutSid } = claims();
    expect((await meWith(await sign(withoutSid))).data.me).toBeNull();
    expect((await meWith(await sign({ ...claims(), sid: randomUUID() }))).data.me).toBeNull();
    expect((await meWith(await sign({ ...claims(), sub: a.users.ADMIN.id }))).data.me).toBeNull();
    // The control: the same claims, correctly signed, are accepted.
    expect((await meWith(await sign(claims()))).data.me.user.email).toBe(a.emails.OWNER);
  });
});
