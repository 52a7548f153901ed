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
