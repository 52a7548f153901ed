import sharp from 'sharp';
import { makeInvoice } from '../billing/email/billing-email.test-kit';
import { Membership } from '../identity/membership.entity';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Life A');
  b = await createWorkspace(server.dataSource, 'Life B');
});
afterAll(() => server.close());

const auditRows = (workspaceId: string, action: string) =>
  server.dataSource.query(
    `SELECT "actorUserId", "targetType", "targetId", "targetLabel", changes FROM audit_event
      WHERE "workspaceId" = $1 AND action = $2 ORDER BY "createdAt"`,
    [workspaceId, action],
  );

const upload = async (caller: TestClient, bytes: Buffer, fileName: string, headers: Record<string, string> = {}) => {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const res = await fetch(`${server.url}/files/workspace-logo`, {
    method: 'POST',
    headers: { 'x-clientflow-app': 'admin', cookie: caller.cookieHeader(), ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as any };
};
const removeLogo = (caller: TestClient) =>
  fetch(`${server.url}/files/workspace-logo`, {
    method: 'DELETE',
    headers: { 'x-clientflow-app': 'admin', cookie: caller.cookieHeader() },
  });
const png = (width = 800, height = 400) =>
  sharp({ create: { width, height, channels: 4, background: '#0b7285' } })
    .png()
    .toBuffer();
const ME_LOGO = `{ me { workspace { id logoUrl } } }`;

describe('workspace logo', () => {
  it('takes a PNG (re-encoded, at most 512 px), serves it with a versioned URL and shows it on the viewer', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await upload(owner, await png(), 'logo.png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contentType: 'image/png', width: 512, height: 256 });
    expect(res.body.logoUrl).toMatch(new RegExp(`^/files/workspace-logo/${a.workspace.id}\\?v=\\d+$`));
    expect((await owner.gql(ME_LOGO)).data.me.workspace.logoUrl).toBe(res.body.logoUrl);

    const served = await fetch(`${server.url}${res.body.logoUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 256]);
    // Without the current version the answer is revalidated, not cached for long.
    const stale = await fetch(`${server.url}/files/workspace-logo/${a.workspace.id}?v=1`);
    expect(stale.headers.get('cache-control')).toBe('public, no-cache');

    const [row] = await auditRows(a.workspace.id, 'workspace.logoChanged');
    expect(row).toMatchObject({ actorUserId: a.users.OWNER.id, targetType: 'workspace' });
    expect(row.changes.logo.to).toBe('image/png');
  });

  it('sanitises an SVG with a script before storing it', async () => {
    const admin = await signIn(server, a.emails.ADMIN);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" onload="alert(1)">
      <script>alert(document.cookie)</script><rect width="120" height="40" fill="#0b7285"/>
      <a href="javascript:alert(2)"><text x="4" y="20">Hi</text></a></svg>`;
    const res = await upload(admin, Buffer.from(svg), 'logo.svg');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contentType: 'image/svg+xml', width: 120, height: 40 });
    const served = await fetch(`${server.url}${res.body.logoUrl}`);
    expect(served.headers.get('content-type')).toContain('image/svg+xml');
    expect(served.headers.get('content-security-policy')).toContain("default-src 'none'");
    const text = await served.text();
    expect(text).toContain('<rect');
    expect(text).not.toMatch(/script|onload|javascript:/i);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 'logo.pdf'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'logo.gif'],
    ['text named .png', Buffer.from('not an image at all'), 'logo.png'],
  ])('refuses %s with a JSON error on the file field', async (_what, bytes, name) => {
    const owner = await signIn(server, b.emails.OWNER);
    const res = await upload(owner, bytes, name);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses a file over 1 MB', async () => {
    const owner = await signIn(server, b.emails.OWNER);
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(1024 * 1024)]);
    const res = await upload(owner, big, 'big.png');
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
  });

  it.each(['MANAGER', 'MEMBER'] as const)('is forbidden to %s (upload and removal)', async (role) => {
    const caller = await signIn(server, a.emails[role]);
    expect((await upload(caller, await png(), 'logo.png')).status).toBe(403);
    expect((await removeLogo(caller)).status).toBe(403);
  });

  it('needs the admin header (CSRF) and a session', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    expect((await upload(owner, await png(), 'logo.png', { 'x-clientflow-app': 'portal' })).status).toBe(400);
    expect((await upload(new TestClient(server.url), await png(), 'logo.png')).status).toBe(401);
  });

  it("changes only the caller's workspace: B cannot overwrite or remove A's logo", async () => {
    const ownerA = await signIn(server, a.emails.OWNER);
    const before = (await ownerA.gql(ME_LOGO)).data.me.workspace.logoUrl;
    expect(before).not.toBeNull();
    const ownerB = await signIn(server, b.emails.OWNER);
    const res = await upload(ownerB, await png(100, 100), 'b.png');
    expect(res.body.logoUrl).toContain(b.workspace.id);
    expect((await removeLogo(ownerB)).status).toBe(204);
    expect((await ownerA.gql(ME_LOGO)).data.me.workspace.logoUrl).toBe(before);
    expect((await ownerB.gql(ME_LOGO)).data.me.workspace.logoUrl).toBeNull();
    expect((await fetch(`${server.url}/files/workspace-logo/${b.workspace.id}`)).status).toBe(404);
  });
});

describe('the logo on invoice PDFs', () => {
  it.each([
    ['PNG', 'logo.png'],
    ['SVG', 'logo.svg'],
  ])('draws an uploaded %s logo (rasterised for the PDF)', async (_kind, name) => {
    const ws = await createWorkspace(server.dataSource, 'Pdf Logo');
    const owner = await signIn(server, ws.emails.OWNER);
    const client = await insertClient(server.dataSource, ws.workspace.id, { name: 'Acme' });
    const invoice = await makeInvoice(server, ws.workspace.id, client.id, { issue: true });
    const pdf = async () =>
      Buffer.from(
        await (
          await fetch(`${server.url}/files/invoices/${invoice.id}/pdf`, { headers: { cookie: owner.cookieHeader() } })
        ).arrayBuffer(),
      ).toString('latin1');
    expect(await pdf()).not.toContain('/Subtype /Image');
    const bytes = name.endsWith('.svg')
      ? Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="90" height="30"/></svg>',
        )
      : await png(300, 100);
    expect((await upload(owner, bytes, name)).status).toBe(201);
    expect(await pdf()).toContain('/Subtype /Image');
  });
});

const DELETE = `mutation($n: String!) { requestWorkspaceDeletion(confirmName: $n) { nextWorkspaceId } }`;
const ME = `{ me { workspace { id } } }`;

describe('deleting the workspace', () => {
  it('is refused to ADMIN (FORBIDDEN) and needs the exact name (field error)', async () => {
    const ws = await createWorkspace(server.dataSource, 'Keep');
    const admin = await signIn(server, ws.emails.ADMIN);
    expect((await admin.gql(DELETE, { n: ws.workspace.name })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const owner = await signIn(server, ws.emails.OWNER);
    for (const n of ['', ws.workspace.name.toUpperCase(), 'Keep']) {
      const res = await owner.gql(DELETE, { n });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' });
    }
    expect((await admin.gql(ME)).data.me.workspace.id).toBe(ws.workspace.id);
  });

  it('ends every session at once, then the job removes rows and files (twice is fine), others untouched', async () => {
    const doomed = await createWorkspace(server.dataSource, 'Doomed');
    // The MEMBER also belongs to workspace B and keeps it.
    await server.dataSource
      .getRepository(Membership)
      .insert({ userId: doomed.users.MEMBER.id, workspaceId: b.workspace.id, role: 'MEMBER' });
    const client = await insertClient(server.dataSource, doomed.workspace.id, { portalKey: 'doomed-key' }, [
      { email: 'contact@doomed.test', portalAccess: true },
    ]);
    const [contact] = await server.dataSource.query(`SELECT id FROM contact WHERE "clientId" = $1`, [client.id]);
    const bClient = await insertClient(server.dataSource, b.workspace.id);

    const owner = await signIn(server, doomed.emails.OWNER);
    const admin = await signIn(server, doomed.emails.ADMIN);
    const member = await signIn(server, doomed.emails.MEMBER);
    const portal = new TestClient(server.url, 'portal');
    portal.setCookie(
      'cf_portal',
      await server.app.services.tokens.sign({
        kind: 'portal',
        sub: contact.id,
        cid: client.id,
        ws: doomed.workspace.id,
      }),
    );
    expect((await portal.gql(`{ portalMe { contact { id } } }`)).data.portalMe.contact.id).toBe(contact.id);

    // A stored document (file on disk) and its row.
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(await png(20, 20))]), 'photo.png');
    const up = await fetch(`${server.url}/files/clients/${client.id}/documents`, {
      method: 'POST',
      headers: { 'x-clientflow-app': 'admin', cookie: owner.cookieHeader() },
      body: form,
    });
    expect(up.status).toBe(201);
    const [doc] = await server.dataSource.query(`SELECT "storageKey" FROM document WHERE "clientId" = $1`, [client.id]);
    const { storage } = server.app.services;
    expect(await storage.exists(doc.storageKey)).toBe(true);

    const res = await owner.gql(DELETE, { n: ` ${doomed.workspace.name} ` });
    expect(res.errors).toBeUndefined();
    expect(res.data.requestWorkspaceDeletion).toEqual({ nextWorkspaceId: null });
    expect(owner.cookies.has('cf_session')).toBe(false);

    // At once: every member and the portal contact are signed out of it.
    for (const caller of [admin, member]) {
      expect((await caller.gql(`{ workspaceMembers { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await caller.gql(ME)).data.me).toBeNull();
    }
    expect((await portal.gql(`{ portalMe { contact { id } } }`)).data.portalMe).toBeNull();
    expect((await portal.gql(`{ myClient { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const branding = await new TestClient(server.url, 'portal').gql(
      `query($s: String!, $k: String!) { portalBranding(workspaceSlug: $s, clientKey: $k) { agencyName } }`,
      { s: doomed.workspace.slug, k: 'doomed-key' },
    );
    expect(branding.data.portalBranding).toBeNull();
    // The member still signs in, into workspace B.
    const again = await signIn(server, doomed.emails.MEMBER);
    expect((await again.gql(ME)).data.me.workspace.id).toBe(b.workspace.id);
    // The slug stays taken until the purge.
    const bOwner = await signIn(server, b.emails.OWNER);
    const taken = await bOwner.gql(`mutation($s: String!) { changeWorkspaceSlug(slug: $s) { slug } }`, {
      s: doomed.workspace.slug,
    });
    expect(taken.errors?.[0].extensions?.field).toBe('slug');

    const [job] = await server.dataSource.query(
      `SELECT t.identifier AS task_identifier, j.payload FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = $1`,
      [`workspace-purge:${doomed.workspace.id}`],
    );
    expect(job).toEqual({ task_identifier: 'workspace.purge', payload: { workspaceId: doomed.workspace.id } });
    const [audit] = await auditRows(doomed.workspace.id, 'workspace.deletionRequested');
    expect(audit).toMatchObject({ actorUserId: doomed.users.OWNER.id, targetId: doomed.workspace.id });

    await server.app.services.jobs.runNow('workspace.purge', job.payload);
    await server.app.services.jobs.runNow('workspace.purge', job.payload);

    const left: { table_name: string }[] = await server.dataSource.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'workspaceId'`,
    );
    for (const { table_name } of left) {
      const [count] = await server.dataSource.query(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE "workspaceId" = $1`,
        [doomed.workspace.id],
      );
      expect({ table_name, n: count.n }).toEqual({ table_name, n: 0 });
    }
    expect(await server.dataSource.query(`SELECT id FROM workspace WHERE id = $1`, [doomed.workspace.id])).toEqual([]);
    expect(await storage.exists(doc.storageKey)).toBe(false);
    // Users stay (they may belong elsewhere); B's data is untouched.
    expect(
      (await server.dataSource.query(`SELECT id FROM client WHERE id = $1`, [bClient.id])).map((r: any) => r.id),
    ).toEqual([bClient.id]);
    expect((await again.gql(ME)).data.me.workspace.id).toBe(b.workspace.id);
    // Purged: the slug is free again.
    expect(
      (
        await bOwner.gql(`mutation($s: String!) { changeWorkspaceSlug(slug: $s) { slug } }`, {
          s: doomed.workspace.slug,
        })
      ).data.changeWorkspaceSlug.slug,
    ).toBe(doomed.workspace.slug);
  });

  it('sends an OWNER with another workspace there (same session)', async () => {
    const doomed = await createWorkspace(server.dataSource, 'Doomed Two');
    const other = await createWorkspace(server.dataSource, 'Survivor');
    await server.dataSource
      .getRepository(Membership)
      .insert({ userId: doomed.users.OWNER.id, workspaceId: other.workspace.id, role: 'ADMIN' });
    const owner = await signIn(server, doomed.emails.OWNER);
    expect((await owner.gql(ME)).data.me.workspace.id).toBe(doomed.workspace.id);
    const res = await owner.gql(DELETE, { n: doomed.workspace.name });
    expect(res.data.requestWorkspaceDeletion).toEqual({ nextWorkspaceId: other.workspace.id });
    expect((await owner.gql(ME)).data.me.workspace.id).toBe(other.workspace.id);
  });

  it('a purge job for a workspace not marked for deletion does nothing', async () => {
    const safe = await createWorkspace(server.dataSource, 'Safe');
    await server.app.services.jobs.runNow('workspace.purge', { workspaceId: safe.workspace.id });
    expect(await server.dataSource.query(`SELECT id FROM workspace WHERE id = $1`, [safe.workspace.id])).toHaveLength(
      1,
    );
  });
});

describe('portal access in the audit log', () => {
  const CONTACT = `id portalAccess`;
  it('records grants and revocations (contact edit, invitation, revoke, client portal switch)', async () => {
    const ws = await createWorkspace(server.dataSource, 'Portal Audit');
    const client = await insertClient(server.dataSource, ws.workspace.id, { name: 'Acme Audit' }, [
      { email: 'one@acme.test', name: 'One' },
      { email: 'two@acme.test', name: 'Two' },
    ]);
    const [one, two]: { id: string }[] = await server.dataSource.query(
      `SELECT id FROM contact WHERE "clientId" = $1 ORDER BY email`,
      [client.id],
    );
    const manager = await signIn(server, ws.emails.OWNER);
    const update = (id: string, portalAccess: boolean) =>
      manager.gql(
        `mutation($id: ID!, $a: Boolean!) { updateContact(id: $id, input: { portalAccess: $a }) { ${CONTACT} } }`,
        {
          id,
          a: portalAccess,
        },
      );
    expect((await update(one.id, true)).errors).toBeUndefined();
    await update(one.id, true); // unchanged: not audited
    await update(one.id, false);
    expect(
      (await manager.gql(`mutation($id: ID!) { inviteContactToPortal(contactId: $id) { ${CONTACT} } }`, { id: two.id }))
        .errors,
    ).toBeUndefined();
    await manager.gql(`mutation($id: ID!) { revokePortalAccess(contactId: $id) { ${CONTACT} } }`, { id: two.id });
    const created = await manager.gql(
      `mutation($c: ID!) { createContact(clientId: $c, input: { name: "Three", email: "three@acme.test", portalAccess: true }) { ${CONTACT} } }`,
      { c: client.id },
    );
    const toggle = (enabled: boolean) =>
      manager.gql(
        `mutation($c: ID!, $e: Boolean!) { updateClientPortalSettings(clientId: $c, input: { enabled: $e }) { enabled } }`,
        {
          c: client.id,
          e: enabled,
        },
      );
    expect((await toggle(false)).errors).toBeUndefined();
    await toggle(true);

    const rows: { action: string; targetType: string; targetId: string; targetLabel: string; changes: any }[] =
      await server.dataSource.query(
        `SELECT action, "targetType", "targetId", "targetLabel", changes FROM audit_event
          WHERE "workspaceId" = $1 AND action LIKE 'portal.%' ORDER BY "createdAt"`,
        [ws.workspace.id],
      );
    expect(rows.map((r) => [r.action, r.targetType, r.targetLabel])).toEqual([
      ['portal.accessGranted', 'contact', 'one@acme.test'],
      ['portal.accessRevoked', 'contact', 'one@acme.test'],
      ['portal.accessGranted', 'contact', 'two@acme.test'],
      ['portal.accessRevoked', 'contact', 'two@acme.test'],
      ['portal.accessGranted', 'contact', 'three@acme.test'],
      ['portal.accessRevoked', 'client', 'Acme Audit'],
      ['portal.accessGranted', 'client', 'Acme Audit'],
    ]);
    expect(rows[0]).toMatchObject({ targetId: one.id, changes: { portalAccess: { from: false, to: true } } });
    expect(rows[2].changes).toMatchObject({ invited: true });
    expect(rows[4].targetId).toBe(created.data.createContact.id);
    expect(rows[5].changes).toEqual({ portalEnabled: { from: true, to: false } });
    // Workspace A's log has none of these.
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE "workspaceId" = $1 AND "targetLabel" LIKE '%@acme.test'`,
      [a.workspace.id],
    );
    expect(n).toBe(0);
  });
});
