import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { MagicLinkToken } from './magic-link-token.entity';

const REQUEST = `mutation($email: String!) { requestMagicLink(email: $email) }`;
const CONSUME = `mutation($t: String!) { consumeMagicLink(token: $t) { contact { name } client { id name } branding { agencyName primaryColor } } }`;
const PORTAL_ME = `{ portalMe { contact { email } client { id name } } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let seq = 0;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Portal');
  other = await createWorkspace(server.dataSource, 'Other');
});
afterAll(() => server.close());

/** A client with a portal-enabled contact whose email is unique to the test. */
async function portalContact(workspaceId = ws.workspace.id, portalAccess = true) {
  const email = `contact-${Date.now()}-${++seq}@client.example`;
  const client = await insertClient(server.dataSource, workspaceId, { name: `Portal Client ${seq}` }, [
    { name: `Contact ${seq}`, email, portalAccess, isPrimary: true },
  ]);
  return { client, email };
}

async function mailTo(email: string) {
  await server.app.services.outbox.flush();
  return server.app.mailCatcher!.list().filter((m) => m.to.includes(email));
}

const tokenFrom = (text: string) => /continue\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

async function requestAndOpen(email: string) {
  const portal = new TestClient(server.url, 'portal');
  expect((await portal.gql(REQUEST, { email })).data.requestMagicLink).toBe(true);
  const [mail] = await mailTo(email);
  return { portal, token: tokenFrom(mail.text)!, mail };
}

describe('magic link sign-in', () => {
  it('emails a link built from the portal origin, storing only a hash, and signs the contact in once', async () => {
    const { client, email } = await portalContact();
    const { portal, token, mail } = await requestAndOpen(email);
    expect(mail.text).toContain(`http://portal.test/auth/continue?token=${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await server.dataSource.getRepository(MagicLinkToken).find({ where: {} });
    expect(stored.some((t) => t.tokenHash === token)).toBe(false);

    const consumed = await portal.gql(CONSUME, { t: token });
    expect(consumed.data.consumeMagicLink.client).toEqual({ id: client.id, name: client.name });
    expect((await portal.gql(PORTAL_ME)).data.portalMe.client.id).toBe(client.id);
    expect((await portal.gql(`{ myClient { id name status } }`)).data.myClient.id).toBe(client.id);

    const again = await new TestClient(server.url, 'portal').gql(CONSUME, { t: token });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
  });

  it('refuses an expired link', async () => {
    const { email } = await portalContact();
    const { portal, token } = await requestAndOpen(email);
    await server.dataSource.query(
      `UPDATE magic_link_token SET "expiresAt" = now() - interval '1 second' WHERE "usedAt" IS NULL`,
    );
    const res = await portal.gql(CONSUME, { t: token });
    expect(res.errors?.[0].message).toMatch(/expired or was already used/);
    expect((await portal.gql(PORTAL_ME)).data.portalMe).toBeNull();
  });

  it('expires links after 15 minutes', async () => {
    const { email } = await portalContact();
    await requestAndOpen(email);
    const [row] = await server.dataSource.query(
      `SELECT extract(epoch from ("expiresAt" - "createdAt")) AS ttl FROM magic_link_token ORDER BY "createdAt" DESC LIMIT 1`,
    );
    expect(Math.round(Number(row.ttl))).toBe(15 * 60);
  });

  it('answers the same for unknown emails and contacts without portal access, and sends nothing', async () => {
    const { email: noAccess } = await portalContact(ws.workspace.id, false);
    const portal = new TestClient(server.url, 'portal');
    expect((await portal.gql(REQUEST, { email: 'ghost@nowhere.example' })).data.requestMagicLink).toBe(true);
    expect((await portal.gql(REQUEST, { email: noAccess })).data.requestMagicLink).toBe(true);
    expect(await mailTo('ghost@nowhere.example')).toHaveLength(0);
    expect(await mailTo(noAccess)).toHaveLength(0);
  });

  it('rate limits requests per email', async () => {
    const { email } = await portalContact();
    const portal = new TestClient(server.url, 'portal');
    for (let i = 0; i < 5; i++) expect((await portal.gql(REQUEST, { email })).errors).toBeUndefined();
    const limited = await portal.gql(REQUEST, { email });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('refuses garbage tokens', async () => {
    const res = await new TestClient(server.url, 'portal').gql(CONSUME, { t: 'x'.repeat(43) });
    expect(res.errors?.[0].extensions?.field).toBe('token');
  });
});

describe('the portal is a separate audience', () => {
  let portal: TestClient;
  let own: string;

  beforeAll(async () => {
    const { client, email } = await portalContact();
    own = client.id;
    const opened = await requestAndOpen(email);
    portal = opened.portal;
    await portal.gql(CONSUME, { t: opened.token });
  });

  it.each([
    ['clients', `{ clients { totalCount } }`],
    ['client', `query($id: ID!) { client(id: $id) { name } }`],
    ['me', `{ me { user { email } } }`],
    ['createClient', `mutation { createClient(input: { name: "x", email: "x@y.example" }) { id } }`],
    ['updateClient', `mutation($id: ID!) { updateClient(id: $id, input: { name: "x" }) { id } }`],
    ['deleteClient', `mutation($id: ID!) { deleteClient(id: $id) }`],
  ])('cannot call the admin operation %s', async (name, query) => {
    const res = await portal.gql(query, { id: own });
    if (name === 'me') expect(res.data.me).toBeNull();
    else expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is not a staff session even when sent without the portal header', async () => {
    const asAdmin = new TestClient(server.url, 'admin');
    asAdmin.cookies = new Map(portal.cookies);
    expect((await asAdmin.gql(`{ clients { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('loses access at once when portal access is revoked', async () => {
    const { client, email } = await portalContact();
    const opened = await requestAndOpen(email);
    await opened.portal.gql(CONSUME, { t: opened.token });
    await server.dataSource.query(`UPDATE contact SET "portalAccess" = false WHERE "clientId" = $1`, [client.id]);
    expect((await opened.portal.gql(PORTAL_ME)).data.portalMe).toBeNull();
    expect((await opened.portal.gql(`{ myClient { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cannot see another workspace client, and staff cannot use portal queries', async () => {
    const { email } = await portalContact(other.workspace.id);
    const opened = await requestAndOpen(email);
    await opened.portal.gql(CONSUME, { t: opened.token });
    const theirs = (await opened.portal.gql(`{ myClient { id } }`)).data.myClient.id;
    expect(theirs).not.toBe(own);
    const staff = await signIn(server, ws.emails.OWNER);
    expect((await staff.gql(`{ myClient { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
