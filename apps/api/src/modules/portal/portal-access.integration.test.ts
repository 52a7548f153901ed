import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import type { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Project } from '../projects/project.entity';
import { MagicLinkToken } from './magic-link-token.entity';

const SETTINGS = `query($id: ID!) { clientPortalSettings(clientId: $id) {
  clientId enabled allProjects projectIds permissions locale effectiveLocale portalKey portalUrl
  contacts { id name role portalAccess portalInvitedAt permissions } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateClientPortalSettingsInput!) { updateClientPortalSettings(clientId: $id, input: $input) {
  enabled allProjects projectIds permissions locale effectiveLocale } }`;
const INVITE = `mutation($id: ID!) { inviteContactToPortal(contactId: $id) { id portalAccess } }`;
const REVOKE = `mutation($id: ID!) { revokePortalAccess(contactId: $id) { id portalAccess } }`;
const ACCEPT = `mutation($t: String!) { acceptPortalInvitation(token: $t) { contact { id role } client { id } permissions locale } }`;
const CONSUME = `mutation($t: String!) { consumeMagicLink(token: $t) { client { id } } }`;
const PORTAL_ME = `{ portalMe { contact { id } client { id } permissions locale branding { locale } } }`;
const BRANDING = `query($s: String!, $k: String!) { portalBranding(workspaceSlug: $s, clientKey: $k) {
  agencyName logoUrl primaryColor accentColor clientName locale } }`;
const REQUEST = `mutation($e: String!, $s: String, $k: String) { requestMagicLink(email: $e, workspaceSlug: $s, clientKey: $k) }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let owner: TestClient;
let seq = 0;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Access');
  b = await createWorkspace(server.dataSource, 'Bravo');
  owner = await signIn(server, a.emails.OWNER);
});
afterAll(() => server.close());

const uniqueEmail = () => `person-${Date.now()}-${++seq}@client.example`;

async function clientWith(
  role: Contact['role'] = 'DECISION_MAKER',
  opts: { workspaceId?: string; email?: string; portalAccess?: boolean } = {},
) {
  const email = opts.email ?? uniqueEmail();
  const client = await insertClient(server.dataSource, opts.workspaceId ?? a.workspace.id, { name: `Acme ${++seq}` }, [
    { name: `Contact ${seq}`, email, role, portalAccess: opts.portalAccess ?? false, isPrimary: true },
  ]);
  const contact = await server.dataSource.getRepository(Contact).findOneByOrFail({ clientId: client.id });
  return { client, contact, email };
}

async function mailsTo(email: string) {
  await server.app.services.outbox.flush();
  return server.app.mailCatcher!.list().filter((m) => m.to.includes(email));
}

const inviteToken = (text: string) => /auth\/invite\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
const signInToken = (text: string) => /continue\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

/** Invites the contact as the owner and accepts the invitation in a fresh portal browser. */
async function invitedPortal(contactId: string, email: string) {
  expect((await owner.gql(INVITE, { id: contactId })).errors).toBeUndefined();
  const [mail] = await mailsTo(email); // newest first
  const portal = new TestClient(server.url, 'portal');
  const accepted = await portal.gql(ACCEPT, { t: inviteToken(mail.text)! });
  expect(accepted.errors).toBeUndefined();
  return { portal, accepted: accepted.data.acceptPortalInvitation, mail };
}

describe('client portal settings', () => {
  it('reads defaults with the per-client URL and the contacts', async () => {
    const { client, contact } = await clientWith('TECHNICAL');
    const res = await owner.gql(SETTINGS, { id: client.id });
    expect(res.errors).toBeUndefined();
    const s = res.data.clientPortalSettings;
    expect(s).toMatchObject({
      clientId: client.id,
      enabled: true,
      allProjects: true,
      projectIds: [],
      locale: null,
      effectiveLocale: 'en',
    });
    expect(s.permissions).not.toContain('UPLOAD_FILES');
    expect(s.portalKey).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(s.portalUrl).toBe(`http://portal.test/p/${a.workspace.slug}/${s.portalKey}`);
    expect(s.contacts).toEqual([expect.objectContaining({ id: contact.id, portalAccess: false, permissions: [] })]);
  });

  it("saves projects, permissions and language, and refuses another client's projects and unknown languages", async () => {
    const { client } = await clientWith();
    const { client: otherClient } = await clientWith();
    const projects = server.dataSource.getRepository(Project);
    const own = await projects.save(
      projects.create({ workspaceId: a.workspace.id, clientId: client.id, name: 'Site' }),
    );
    const foreign = await projects.save(
      projects.create({ workspaceId: a.workspace.id, clientId: otherClient.id, name: 'Other' }),
    );

    const refused = await owner.gql(UPDATE, {
      id: client.id,
      input: { allProjects: false, projectIds: [own.id, foreign.id] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectIds' });
    const badLocale = await owner.gql(UPDATE, { id: client.id, input: { locale: 'de' } });
    expect(badLocale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
    expect((await owner.gql(SETTINGS, { id: client.id })).data.clientPortalSettings.allProjects).toBe(true);

    const saved = await owner.gql(UPDATE, {
      id: client.id,
      input: {
        allProjects: false,
        projectIds: [own.id],
        permissions: ['VIEW_INVOICES', 'VIEW_PROJECTS', 'VIEW_INVOICES'],
        locale: 'pt',
      },
    });
    expect(saved.data.updateClientPortalSettings).toEqual({
      enabled: true,
      allProjects: false,
      projectIds: [own.id],
      permissions: ['VIEW_PROJECTS', 'VIEW_INVOICES'],
      locale: 'pt',
      effectiveLocale: 'pt',
    });
  });

  it('needs portal.manage: MEMBER and portal sessions are refused, MANAGER may', async () => {
    const { client, contact, email } = await clientWith();
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(SETTINGS, { id: client.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await member.gql(UPDATE, { id: client.id, input: { enabled: false } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await member.gql(INVITE, { id: contact.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const manager = await signIn(server, a.emails.MANAGER);
    expect((await manager.gql(UPDATE, { id: client.id, input: { locale: 'es' } })).errors).toBeUndefined();
    const { portal } = await invitedPortal(contact.id, email);
    expect((await portal.gql(SETTINGS, { id: client.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await portal.gql(INVITE, { id: contact.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("keeps workspaces apart: B's staff cannot read or change A's client portal", async () => {
    const { client, contact } = await clientWith();
    const other = await signIn(server, b.emails.OWNER);
    expect((await other.gql(SETTINGS, { id: client.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.gql(UPDATE, { id: client.id, input: { enabled: false } })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await other.gql(INVITE, { id: contact.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.gql(REVOKE, { id: contact.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await owner.gql(SETTINGS, { id: client.id })).data.clientPortalSettings.enabled).toBe(true);
  });
});

describe('invitations', () => {
  it('turns access on, emails a 7-day single-use link stored only as a hash, and writes a PORTAL timeline event', async () => {
    const { client, contact, email } = await clientWith('BILLING');
    const { portal, accepted, mail } = await invitedPortal(contact.id, email);
    const token = inviteToken(mail.text)!;
    expect(mail.text).toContain(`http://portal.test/auth/invite?token=${token}`);
    expect(accepted).toMatchObject({ contact: { id: contact.id, role: 'BILLING' }, client: { id: client.id } });

    const rows = await server.dataSource.getRepository(MagicLinkToken).findBy({ contactId: contact.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'INVITE' });
    expect(rows[0].tokenHash).not.toBe(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.round((rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()) / 3600_000)).toBe(168);

    expect((await portal.gql(PORTAL_ME)).data.portalMe.client.id).toBe(client.id);
    const again = await new TestClient(server.url, 'portal').gql(ACCEPT, { t: token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const [event] = await server.dataSource.query(
      `SELECT type, summary, "authorUserId" FROM timeline_event WHERE "clientId" = $1`,
      [client.id],
    );
    expect(event).toMatchObject({ type: 'PORTAL', authorUserId: a.users.OWNER.id });
    expect(event.summary).toMatch(/invited/);
    expect((await server.dataSource.getRepository(Contact).findOneByOrFail({ id: contact.id })).portalAccess).toBe(
      true,
    );
  });

  it('refuses expired invitations, and invitation and sign-in tokens are not interchangeable', async () => {
    const { contact, email } = await clientWith();
    await owner.gql(INVITE, { id: contact.id });
    const token = inviteToken((await mailsTo(email))[0].text)!;
    const portal = new TestClient(server.url, 'portal');
    expect((await portal.gql(CONSUME, { t: token })).errors?.[0].extensions?.field).toBe('token');
    await server.dataSource.query(
      `UPDATE magic_link_token SET "expiresAt" = now() - interval '1 second' WHERE "contactId" = $1`,
      [contact.id],
    );
    const expired = await portal.gql(ACCEPT, { t: token });
    expect(expired.errors?.[0].message).toMatch(/invitation has expired/);
    expect((await portal.gql(PORTAL_ME)).data.portalMe).toBeNull();

    await portal.gql(REQUEST, { e: email });
    const signIn = signInToken((await mailsTo(email))[0].text)!;
    expect((await portal.gql(ACCEPT, { t: signIn })).errors?.[0].extensions?.field).toBe('token');
  });

  it('refuses contacts without an email and clients whose portal is off', async () => {
    const noEmail = await clientWith('OTHER', { email: '' });
    await server.dataSource.query(`UPDATE contact SET email = NULL WHERE id = $1`, [noEmail.contact.id]);
    expect((await owner.gql(INVITE, { id: noEmail.contact.id })).errors?.[0].extensions?.field).toBe('portalAccess');
    const { client, contact } = await clientWith();
    await owner.gql(UPDATE, { id: client.id, input: { enabled: false } });
    expect((await owner.gql(INVITE, { id: contact.id })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'enabled',
    });
  });
});

describe('role narrowing and the session lifetime', () => {
  it('gives a BILLING contact invoices only, a DECISION_MAKER everything enabled, in the client language', async () => {
    const billing = await clientWith('BILLING');
    await owner.gql(UPDATE, { id: billing.client.id, input: { locale: 'fr' } });
    const { portal } = await invitedPortal(billing.contact.id, billing.email);
    const me = (await portal.gql(PORTAL_ME)).data.portalMe;
    expect(me).toMatchObject({ permissions: ['VIEW_INVOICES'], locale: 'fr', branding: { locale: 'fr' } });
    expect(me.permissions).not.toContain('VIEW_PROJECTS');

    const boss = await clientWith('DECISION_MAKER');
    await owner.gql(UPDATE, {
      id: boss.client.id,
      input: { permissions: ['VIEW_PROJECTS', 'APPROVE', 'UPLOAD_FILES'] },
    });
    const { accepted } = await invitedPortal(boss.contact.id, boss.email);
    expect(accepted).toMatchObject({ permissions: ['VIEW_PROJECTS', 'APPROVE', 'UPLOAD_FILES'], locale: 'en' });
  });

  it('ends sessions at once when the client portal is disabled, even on an open graphql-ws connection', async () => {
    const { client, contact, email } = await clientWith('TECHNICAL');
    const { portal } = await invitedPortal(contact.id, email);
    const socket = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      connectionParams: { app: 'portal' },
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: portal.cookieHeader() } });
        }
      },
      retryAttempts: 0,
      lazy: false, // one socket for the whole test: the second operation runs on the connection opened before
    });
    let reconnected = 0;
    socket.on('connected', () => reconnected++);
    const run = (query: string) =>
      new Promise<{ data?: any; errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        let result: any;
        socket.subscribe({ query }, { next: (v) => (result = v), error: reject, complete: () => resolve(result) });
      });
    try {
      expect((await run(`{ myClient { id } }`)).data?.myClient.id).toBe(client.id);
      expect((await owner.gql(UPDATE, { id: client.id, input: { enabled: false } })).errors).toBeUndefined();
      const refused = await run(`{ myClient { id } }`);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(reconnected).toBe(1);
      expect((await portal.gql(PORTAL_ME)).data.portalMe).toBeNull();
      expect((await portal.gql(`{ myClient { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await socket.dispose();
    }
  });

  it("ends a contact's sessions and unused links when access is revoked", async () => {
    const { client, contact, email } = await clientWith();
    const { portal } = await invitedPortal(contact.id, email);
    await portal.gql(REQUEST, { e: email });
    const pending = signInToken((await mailsTo(email))[0].text)!;
    expect((await owner.gql(REVOKE, { id: contact.id })).data.revokePortalAccess.portalAccess).toBe(false);
    expect((await portal.gql(PORTAL_ME)).data.portalMe).toBeNull();
    expect(
      (await new TestClient(server.url, 'portal').gql(CONSUME, { t: pending })).errors?.[0].extensions?.field,
    ).toBe('token');
    const events = await server.dataSource.query(
      `SELECT summary FROM timeline_event WHERE "clientId" = $1 ORDER BY "occurredAt"`,
      [client.id],
    );
    expect(events.map((e: { summary: string }) => e.summary).join('|')).toMatch(/revoked/);
  });
});

describe('per-client portal URL', () => {
  async function keyOf(client: Client) {
    return (await owner.gql(SETTINGS, { id: client.id })).data.clientPortalSettings.portalKey as string;
  }

  it('shows the branding, the client name and language, and nothing else', async () => {
    const { client } = await clientWith();
    await owner.gql(UPDATE, { id: client.id, input: { locale: 'es' } });
    const anonymous = new TestClient(server.url, 'portal');
    const res = await anonymous.gql(BRANDING, { s: a.workspace.slug, k: await keyOf(client) });
    expect(res.data.portalBranding).toEqual({
      agencyName: a.workspace.name,
      logoUrl: null,
      primaryColor: '#4c6ef5',
      accentColor: null,
      clientName: client.name,
      locale: 'es',
    });
    const type = await anonymous.gql(`{ __type(name: "PortalPublicBranding") { fields { name } } }`);
    expect(type.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'accentColor',
      'agencyName',
      'clientName',
      'currentSlug',
      'locale',
      'logoUrl',
      'primaryColor',
    ]);
  });

  it('answers null, with the same shape, for unknown slugs, keys, other workspaces and disabled portals', async () => {
    const { client } = await clientWith();
    const key = await keyOf(client);
    const anonymous = new TestClient(server.url, 'portal');
    for (const [s, k] of [
      [a.workspace.slug, 'nope'],
      ['nope', key],
      [b.workspace.slug, key],
      [a.workspace.slug, `${key.slice(0, -1)}_`],
      ["' OR 1=1 --", key],
    ]) {
      const res = await anonymous.gql(BRANDING, { s, k });
      expect(res).toMatchObject({ status: 200, data: { portalBranding: null } });
      expect(res.errors).toBeUndefined();
    }
    await owner.gql(UPDATE, { id: client.id, input: { enabled: false } });
    expect((await anonymous.gql(BRANDING, { s: a.workspace.slug, k: key })).data.portalBranding).toBeNull();
  });

  it('regenerates the key: the old URL stops working', async () => {
    const { client } = await clientWith();
    const old = await keyOf(client);
    const res = await owner.gql(
      `mutation($id: ID!) { regenerateClientPortalKey(clientId: $id) { portalKey portalUrl } }`,
      { id: client.id },
    );
    const fresh = res.data.regenerateClientPortalKey.portalKey;
    expect(fresh).not.toBe(old);
    const anonymous = new TestClient(server.url, 'portal');
    expect((await anonymous.gql(BRANDING, { s: a.workspace.slug, k: old })).data.portalBranding).toBeNull();
    expect((await anonymous.gql(BRANDING, { s: a.workspace.slug, k: fresh })).data.portalBranding.clientName).toBe(
      client.name,
    );
  });

  it("scopes sign-in links requested from a client's URL to that client", async () => {
    const email = uniqueEmail();
    const first = await clientWith('DECISION_MAKER', { email, portalAccess: true });
    const second = await clientWith('DECISION_MAKER', { email, portalAccess: true });
    const third = await clientWith('DECISION_MAKER', { email, portalAccess: true, workspaceId: b.workspace.id });
    expect(third.client.id).toBeTruthy();
    const portal = new TestClient(server.url, 'portal');
    expect(
      (await portal.gql(REQUEST, { e: email, s: a.workspace.slug, k: await keyOf(second.client) })).data
        .requestMagicLink,
    ).toBe(true);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect((await portal.gql(CONSUME, { t: signInToken(mails[0].text)! })).data.consumeMagicLink.client.id).toBe(
      second.client.id,
    );
    expect(first.client.id).not.toBe(second.client.id);

    // Without a portal URL every portal-enabled client of that email gets its own link.
    await portal.gql(REQUEST, { e: email });
    expect(await mailsTo(email)).toHaveLength(4);
  });
});
