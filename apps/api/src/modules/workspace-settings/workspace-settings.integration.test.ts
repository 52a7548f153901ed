import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const FIELDS = 'id name slug currency locale timezone primaryColor accentColor memberCanViewFinancials';
const GET = `{ workspaceSettings { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateWorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { ${FIELDS} } }`;
const ME = `{ me { permissions workspace { id name currency locale timezone primaryColor } } }`;

let server: TestServer;
const auditRows = (workspaceId: string, action: string) =>
  server.dataSource.query(
    `SELECT "actorUserId", "targetType", "targetId", "targetLabel", changes FROM audit_event
      WHERE "workspaceId" = $1 AND action = $2 ORDER BY "createdAt"`,
    [workspaceId, action],
  );
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Settings A');
  b = await createWorkspace(server.dataSource, 'Settings B');
});
afterAll(() => server.close());

describe('workspace settings', () => {
  it('reads and updates every setting, normalised, and the viewer sees the change', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const before = await owner.gql(GET);
    expect(before.data.workspaceSettings).toMatchObject({
      id: a.workspace.id,
      currency: 'USD',
      memberCanViewFinancials: false,
    });
    const res = await owner.gql(UPDATE, {
      input: {
        name: '  Renamed   Agency ',
        currency: 'brl',
        locale: 'pt-br',
        timezone: 'America/Sao_Paulo',
        primaryColor: '#0CA678',
        accentColor: '#0b7285',
        memberCanViewFinancials: true,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateWorkspaceSettings).toMatchObject({
      name: 'Renamed Agency',
      slug: a.workspace.slug,
      currency: 'BRL',
      locale: 'pt-BR',
      timezone: 'America/Sao_Paulo',
      primaryColor: '#0ca678',
      accentColor: '#0b7285',
      memberCanViewFinancials: true,
    });
    const me = await owner.gql(ME);
    expect(me.data.me.workspace).toMatchObject({
      name: 'Renamed Agency',
      currency: 'BRL',
      locale: 'pt-BR',
      timezone: 'America/Sao_Paulo',
    });
    const partial = await owner.gql(UPDATE, { input: { accentColor: null } });
    expect(partial.data.updateWorkspaceSettings).toMatchObject({
      accentColor: null,
      currency: 'BRL',
      name: 'Renamed Agency',
    });
  });

  it.each([
    ['name', ''],
    ['name', 'x'.repeat(101)],
    ['currency', 'ABC'],
    ['currency', 'DOLLARS'],
    ['locale', 'not a locale'],
    ['timezone', 'Mars/Olympus_Mons'],
    ['timezone', 'GMT+3'],
    ['primaryColor', 'green'],
    ['primaryColor', '#12345'],
    ['accentColor', 'rgb(1,2,3)'],
    ['currency', null],
  ])('refuses %s = %j naming the field, and changes nothing', async (field, value) => {
    const admin = await signIn(server, b.emails.ADMIN);
    const before = (await admin.gql(GET)).data.workspaceSettings;
    const res = await admin.gql(UPDATE, { input: { name: 'Would change', [field]: value } });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await admin.gql(GET)).data.workspaceSettings).toEqual(before);
  });

  it('audits every change with from/to for the changed fields only, and nothing when nothing changed', async () => {
    const ws = await createWorkspace(server.dataSource, 'Audited');
    const admin = await signIn(server, ws.emails.ADMIN);
    await admin.gql(UPDATE, { input: { currency: 'eur', timezone: 'UTC', name: ws.workspace.name } });
    await admin.gql(UPDATE, { input: { currency: 'EUR', timezone: 'UTC' } });
    const rows = await auditRows(ws.workspace.id, 'workspace.settingsChanged');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: ws.users.ADMIN.id,
      targetType: 'workspace',
      targetId: ws.workspace.id,
      changes: { currency: { from: 'USD', to: 'EUR' } },
    });
    // A refused change is not audited (the transaction never ran).
    await admin.gql(UPDATE, { input: { timezone: 'Mars/Base' } });
    expect(await auditRows(ws.workspace.id, 'workspace.settingsChanged')).toHaveLength(1);
  });

  it('member financial visibility flips what a MEMBER sees at once', async () => {
    const ws = await createWorkspace(server.dataSource, 'Flip');
    const client = await insertClient(server.dataSource, ws.workspace.id, {
      totalValue: 4200,
      accountManagerId: ws.users.MEMBER.id,
    });
    const owner = await signIn(server, ws.emails.OWNER);
    const member = await signIn(server, ws.emails.MEMBER);
    const value = `query($id: ID!) { client(id: $id) { totalValue } }`;
    expect((await member.gql(value, { id: client.id })).data.client.totalValue).toBeNull();
    await owner.gql(UPDATE, { input: { memberCanViewFinancials: true } });
    expect((await member.gql(value, { id: client.id })).data.client.totalValue).toBe(4200);
    expect((await member.gql(ME)).data.me.permissions).toContain('financials.view');
    await owner.gql(UPDATE, { input: { memberCanViewFinancials: false } });
    expect((await member.gql(value, { id: client.id })).data.client.totalValue).toBeNull();
  });

  it.each(['MANAGER', 'MEMBER'] as const)('is FORBIDDEN to %s', async (role) => {
    const caller = await signIn(server, a.emails[role]);
    expect((await caller.gql(GET)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await caller.gql(UPDATE, { input: { memberCanViewFinancials: true } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('is UNAUTHENTICATED when signed out', async () => {
    const anon = new TestClient(server.url);
    expect((await anon.gql(GET)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anon.gql(UPDATE, { input: { name: 'X' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("only ever touches the caller's own workspace", async () => {
    const ownerB = await signIn(server, b.emails.OWNER);
    const nameA = (await (await signIn(server, a.emails.OWNER)).gql(GET)).data.workspaceSettings.name;
    const res = await ownerB.gql(UPDATE, { input: { name: 'B only', currency: 'EUR' } });
    expect(res.data.updateWorkspaceSettings.id).toBe(b.workspace.id);
    const ownerA = await signIn(server, a.emails.OWNER);
    expect((await ownerA.gql(GET)).data.workspaceSettings).toMatchObject({ id: a.workspace.id, name: nameA });
  });
});

const SLUG = `mutation($slug: String!) { changeWorkspaceSlug(slug: $slug) { id slug previousSlugs portalOrigin } }`;
const BRANDING = `query($s: String!, $k: String!) { portalBranding(workspaceSlug: $s, clientKey: $k) { agencyName currentSlug } }`;
const LINK = `mutation($e: String!, $s: String, $k: String) { requestMagicLink(email: $e, workspaceSlug: $s, clientKey: $k) }`;
const slugOf = () => `s-${Math.random().toString(36).slice(2, 10)}`;

describe('workspace address (slug)', () => {
  it('changes, keeps the old one, and old portal URLs find the workspace with the current slug', async () => {
    const ws = await createWorkspace(server.dataSource, 'Slugged');
    const client = await insertClient(server.dataSource, ws.workspace.id, { portalKey: 'key-slugged' }, [
      { email: 'ana@slugged.test', portalAccess: true },
    ]);
    const owner = await signIn(server, ws.emails.OWNER);
    const first = slugOf();
    const res = await owner.gql(SLUG, { slug: `  ${first.toUpperCase()} ` });
    expect(res.errors).toBeUndefined();
    expect(res.data.changeWorkspaceSlug).toMatchObject({
      slug: first,
      previousSlugs: [ws.workspace.slug],
      portalOrigin: 'http://portal.test',
    });
    const second = slugOf();
    await owner.gql(SLUG, { slug: second });
    const portal = new TestClient(server.url, 'portal');
    for (const old of [ws.workspace.slug, first, second]) {
      const branding = await portal.gql(BRANDING, { s: old, k: client.portalKey });
      expect(branding.data.portalBranding).toEqual({ agencyName: ws.workspace.name, currentSlug: second });
    }
    // A magic link asked for from an old URL still reaches the contact.
    await portal.gql(LINK, { e: 'ana@slugged.test', s: ws.workspace.slug, k: client.portalKey });
    const [mail] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM outbound_email WHERE "to" = 'ana@slugged.test' AND kind = 'MAGIC_LINK'`,
    );
    expect(mail.n).toBe(1);
    expect((await auditRows(ws.workspace.id, 'workspace.slugChanged')).map((r: any) => r.changes)).toEqual([
      { slug: { from: ws.workspace.slug, to: first } },
      { slug: { from: first, to: second } },
    ]);
    // Taking back its own old address is allowed; it leaves the history.
    const back = await owner.gql(SLUG, { slug: first });
    expect(back.data.changeWorkspaceSlug.slug).toBe(first);
    expect(back.data.changeWorkspaceSlug.previousSlugs).toEqual(expect.arrayContaining([ws.workspace.slug, second]));
    expect(back.data.changeWorkspaceSlug.previousSlugs).not.toContain(first);
  });

  it("refuses another workspace's current and previous addresses", async () => {
    const one = await createWorkspace(server.dataSource, 'Taken One');
    const two = await createWorkspace(server.dataSource, 'Taken Two');
    const ownerOne = await signIn(server, one.emails.OWNER);
    const ownerTwo = await signIn(server, two.emails.OWNER);
    const moved = slugOf();
    await ownerOne.gql(SLUG, { slug: moved }); // one.workspace.slug is now one's previous slug
    for (const slug of [moved, one.workspace.slug]) {
      const res = await ownerTwo.gql(SLUG, { slug });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
      expect(res.errors?.[0].message).toMatch(/taken/);
    }
    const [row] = await server.dataSource.query(`SELECT slug FROM workspace WHERE id = $1`, [two.workspace.id]);
    expect(row.slug).toBe(two.workspace.slug);
  });

  it.each(['ab', 'admin', 'portal', 'has space', 'under_score', '-lead', 'x'.repeat(49), 'dou--ble'])(
    'refuses %j on the slug field',
    async (slug) => {
      const owner = await signIn(server, a.emails.OWNER);
      const res = await owner.gql(SLUG, { slug });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
    },
  );

  it.each(['MANAGER', 'MEMBER'] as const)('is FORBIDDEN to %s', async (role) => {
    const caller = await signIn(server, b.emails[role]);
    expect((await caller.gql(SLUG, { slug: slugOf() })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
