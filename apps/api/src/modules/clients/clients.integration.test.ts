import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const LIST = `query($filter: ClientFilter, $sort: ClientSort, $page: PageInput) {
  clients(filter: $filter, sort: $sort, page: $page) {
    totalCount hasMore
    nodes { id name status totalValue primaryContact { name } contacts { name } }
  }
}`;
const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { id name status email primaryContact { name email isPrimary } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { id name status statusReason } }`;
const GET = `query($id: ID!) { client(id: $id) { id name contacts { name } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Alpha');
  b = await createWorkspace(server.dataSource, 'Beta');
});
afterAll(() => server.close());

describe('creating clients', () => {
  it('creates a client with its primary contact and finds it by accent-insensitive search', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const res = await owner.gql(CREATE, {
      input: {
        name: 'Café São Jorge',
        email: 'Contato@SaoJorge.example',
        contactName: 'Joana Prado',
        status: 'ACTIVE',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createClient).toMatchObject({
      name: 'Café São Jorge',
      status: 'ACTIVE',
      email: 'contato@saojorge.example',
      primaryContact: { name: 'Joana Prado', email: 'contato@saojorge.example', isPrimary: true },
    });
    const found = await owner.gql(LIST, { filter: { search: 'cafe sao' } });
    expect(found.data.clients.nodes.map((c: { name: string }) => c.name)).toEqual(['Café São Jorge']);
    const byContact = await owner.gql(LIST, { filter: { search: 'joana' } });
    expect(byContact.data.clients.totalCount).toBe(1);
  });

  it('answers bad input with the field and the reason, and writes nothing', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const before = (await owner.gql(LIST, {})).data.clients.totalCount;
    const noEmail = await owner.gql(CREATE, { input: { name: 'X', email: 'not-an-email' } });
    expect(noEmail.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(noEmail.errors?.[0].message).toMatch(/valid email/);
    const blank = await owner.gql(CREATE, { input: { name: '', email: 'a@b.example' } });
    expect(blank.errors?.[0].extensions?.field).toBe('name');
    const paused = await owner.gql(CREATE, { input: { name: 'Y', email: 'y@b.example', status: 'PAUSED' } });
    expect(paused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    const country = await owner.gql(CREATE, {
      input: { name: 'Z', email: 'z@b.example', address: { country: 'Brazil' } },
    });
    expect(country.errors?.[0].extensions?.field).toBe('address.country');
    expect((await owner.gql(LIST, {})).data.clients.totalCount).toBe(before);
  });
});

describe('listing clients', () => {
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await createWorkspace(server.dataSource, 'Lister');
    for (let i = 0; i < 12; i++) {
      await insertClient(
        server.dataSource,
        ws.workspace.id,
        {
          name: `Company ${String(i).padStart(2, '0')}`,
          status: i % 3 === 0 ? 'PROSPECT' : 'ACTIVE',
          totalValue: i * 1000,
        },
        [{ name: `Primary ${i}`, isPrimary: true }, { name: `Other ${i}` }],
      );
    }
    await insertClient(server.dataSource, ws.workspace.id, {
      name: 'Archived Co',
      status: 'INACTIVE',
      archivedAt: new Date(),
    });
  });

  it('paginates with a total, filters by status, sorts by value and hides archived clients by default', async () => {
    const owner = await signIn(server, ws.emails.OWNER);
    const page1 = await owner.gql(LIST, { page: { offset: 0, limit: 5 } });
    expect(page1.data.clients).toMatchObject({ totalCount: 12, hasMore: true });
    expect(page1.data.clients.nodes.map((c: { name: string }) => c.name)).toEqual([
      'Company 00',
      'Company 01',
      'Company 02',
      'Company 03',
      'Company 04',
    ]);
    const last = await owner.gql(LIST, { page: { offset: 10, limit: 5 } });
    expect(last.data.clients).toMatchObject({ totalCount: 12, hasMore: false });
    expect(last.data.clients.nodes).toHaveLength(2);
    const prospects = await owner.gql(LIST, { filter: { status: ['PROSPECT'] } });
    expect(prospects.data.clients.totalCount).toBe(4);
    const byValue = await owner.gql(LIST, {
      sort: { field: 'TOTAL_VALUE', direction: 'DESC' },
      page: { offset: 0, limit: 1 },
    });
    expect(byValue.data.clients.nodes[0]).toMatchObject({ name: 'Company 11', totalValue: 11000 });
    const withArchived = await owner.gql(LIST, { filter: { includeArchived: true } });
    expect(withArchived.data.clients.totalCount).toBe(13);
    const first = page1.data.clients.nodes[0];
    expect(first.primaryContact.name).toBe('Primary 0');
    expect(first.contacts).toHaveLength(2);
  });

  it('runs the same number of SQL queries for 2 rows and for 12', async () => {
    const owner = await signIn(server, ws.emails.OWNER);
    const small = await owner.gql(LIST, { page: { offset: 0, limit: 2 } });
    const large = await owner.gql(LIST, { page: { offset: 0, limit: 12 } });
    expect(Number(small.headers.get('x-sql-queries'))).toBe(Number(large.headers.get('x-sql-queries')));
    expect(Number(large.headers.get('x-sql-queries'))).toBeLessThanOrEqual(4);
  });

  it('caps the page size', async () => {
    const owner = await signIn(server, ws.emails.OWNER);
    const res = await owner.gql(LIST, { page: { offset: 0, limit: 500 } });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});

describe('status changes', () => {
  it('follows the domain transition table and records the reason', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, { status: 'ACTIVE' });
    const paused = await owner.gql(UPDATE, { id: c.id, input: { status: 'PAUSED', statusReason: 'Budget freeze' } });
    expect(paused.data.updateClient).toMatchObject({ status: 'PAUSED', statusReason: 'Budget freeze' });
    const back = await owner.gql(UPDATE, { id: c.id, input: { status: 'PROSPECT' } });
    expect(back.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(back.errors?.[0].message).toBe('A client cannot move from PAUSED to PROSPECT');
  });
});

describe('status pipeline, archive and restore', () => {
  const CHANGE = `mutation($id: ID!, $status: ClientStatus!, $reason: String) { changeClientStatus(id: $id, status: $status, reason: $reason) { id status statusReason archivedAt } }`;
  const ARCHIVE = `mutation($id: ID!, $reason: String) { archiveClient(id: $id, reason: $reason) { id status archivedAt } }`;
  const RESTORE = `mutation($id: ID!) { restoreClient(id: $id) { id status archivedAt } }`;
  const events = (clientId: string) =>
    server.dataSource.query(
      `SELECT type, metadata, "authorUserId" FROM timeline_event WHERE "clientId" = $1 ORDER BY "createdAt"`,
      [clientId],
    );

  it('writes a STATUS_CHANGE timeline event for every change, with who and why', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, { status: 'PROSPECT' });
    expect(
      (await owner.gql(CHANGE, { id: c.id, status: 'ACTIVE', reason: 'Signed' })).data.changeClientStatus.status,
    ).toBe('ACTIVE');
    await owner.gql(UPDATE, { id: c.id, input: { status: 'PAUSED', statusReason: 'Holiday' } });
    const rows = await events(c.id);
    expect(rows.map((r: { metadata: unknown }) => r.metadata)).toEqual([
      { from: 'PROSPECT', to: 'ACTIVE', reason: 'Signed' },
      { from: 'ACTIVE', to: 'PAUSED', reason: 'Holiday' },
    ]);
    expect(rows[0].authorUserId).toBe(a.users.OWNER.id);
    const [{ lastActivityAt }] = await server.dataSource.query(`SELECT "lastActivityAt" FROM client WHERE id = $1`, [
      c.id,
    ]);
    expect(lastActivityAt).not.toBeNull();
  });

  it('refuses a transition the domain table does not allow, and writes nothing', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, { status: 'ACTIVE' });
    const res = await owner.gql(CHANGE, { id: c.id, status: 'PROSPECT' });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await events(c.id)).toEqual([]);
  });

  it('archives out of the default list and restores back to ACTIVE', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, { name: 'Archivable Ltd', status: 'PAUSED' });
    const archived = (await owner.gql(ARCHIVE, { id: c.id, reason: 'Contract ended' })).data.archiveClient;
    expect(archived.status).toBe('INACTIVE');
    expect(archived.archivedAt).not.toBeNull();
    expect((await owner.gql(LIST, { filter: { search: 'archivable' } })).data.clients.nodes).toEqual([]);
    expect(
      (await owner.gql(LIST, { filter: { search: 'archivable', includeArchived: true } })).data.clients.nodes,
    ).toHaveLength(1);
    const restored = (await owner.gql(RESTORE, { id: c.id })).data.restoreClient;
    expect(restored).toMatchObject({ status: 'ACTIVE', archivedAt: null });
    expect((await events(c.id)).map((r: { metadata: { to: string } }) => r.metadata.to)).toEqual([
      'INACTIVE',
      'ACTIVE',
    ]);
  });

  it("keeps workspaces apart: B cannot archive or move A's client", async () => {
    const c = await insertClient(server.dataSource, a.workspace.id, { status: 'ACTIVE' });
    const other = await signIn(server, b.emails.OWNER);
    expect((await other.gql(ARCHIVE, { id: c.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.gql(CHANGE, { id: c.id, status: 'PAUSED' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await events(c.id)).toEqual([]);
  });
});

describe('roles', () => {
  it('shows a MEMBER only the clients they manage, everywhere', async () => {
    const mine = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Member Owned Co',
      accountManagerId: a.users.MEMBER.id,
    });
    const other = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Member Hidden Co',
      accountManagerId: a.users.MANAGER.id,
    });
    const member = await signIn(server, a.emails.MEMBER);
    const list = await member.gql(LIST, { filter: { search: 'member' } });
    expect(list.data.clients.nodes.map((n: { name: string }) => n.name)).toEqual(['Member Owned Co']);
    expect((await member.gql(`query($id: ID!) { client(id: $id) { id } }`, { id: mine.id })).data.client.id).toBe(
      mine.id,
    );
    const hidden = await member.gql(`query($id: ID!) { client(id: $id) { id } }`, { id: other.id });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const edit = await member.gql(UPDATE, { id: other.id, input: { name: 'Taken' } });
    expect(edit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const manager = await signIn(server, a.emails.MANAGER);
    const all = await manager.gql(LIST, { filter: { search: 'member' } });
    expect(all.data.clients.nodes).toHaveLength(2);
  });

  it('hides financial figures from a MEMBER and shows them to a MANAGER', async () => {
    await insertClient(server.dataSource, a.workspace.id, {
      name: 'Valuable',
      totalValue: 123456,
      accountManagerId: a.users.MEMBER.id,
    });
    const query = { filter: { search: 'valuable' } };
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(LIST, query)).data.clients.nodes[0].totalValue).toBeNull();
    const manager = await signIn(server, a.emails.MANAGER);
    expect((await manager.gql(LIST, query)).data.clients.nodes[0].totalValue).toBe(123456);
  });

  it.each([
    ['MEMBER', 'FORBIDDEN'],
    ['MANAGER', 'FORBIDDEN'],
    ['ADMIN', null],
    ['OWNER', null],
  ] as const)('lets %s delete a client: %s', async (role, code) => {
    const c = await insertClient(server.dataSource, a.workspace.id, { accountManagerId: a.users[role].id });
    const caller = await signIn(server, a.emails[role]);
    const res = await caller.gql(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: c.id });
    expect(res.errors?.[0]?.extensions?.code ?? null).toBe(code);
    const after = await caller.gql(GET, { id: c.id });
    expect(after.errors?.[0]?.extensions?.code ?? null).toBe(code ? null : 'NOT_FOUND');
  });
});

describe('tenant isolation', () => {
  it('never lets workspace B read or change workspace A clients', async () => {
    const secret = await insertClient(server.dataSource, a.workspace.id, { name: 'Alpha Secret Client' }, [
      { name: 'Alpha Contact', isPrimary: true },
    ]);
    const intruder = await signIn(server, b.emails.OWNER);
    const list = await intruder.gql(LIST, { filter: { search: 'alpha secret', includeArchived: true } });
    expect(list.data.clients.totalCount).toBe(0);
    const get = await intruder.gql(GET, { id: secret.id });
    expect(get.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const update = await intruder.gql(UPDATE, { id: secret.id, input: { name: 'Owned' } });
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const del = await intruder.gql(`mutation($id: ID!) { deleteClient(id: $id) }`, { id: secret.id });
    expect(del.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const owner = await signIn(server, a.emails.OWNER);
    const still = await owner.gql(GET, { id: secret.id });
    expect(still.data.client).toMatchObject({ name: 'Alpha Secret Client', contacts: [{ name: 'Alpha Contact' }] });
  });

  it('lists only the caller workspace clients even with no filter', async () => {
    await insertClient(server.dataSource, b.workspace.id, { name: 'Beta Only' });
    const owner = await signIn(server, a.emails.OWNER);
    const names = (
      await owner.gql(LIST, { page: { offset: 0, limit: 100 }, filter: { includeArchived: true } })
    ).data.clients.nodes.map((c: { name: string }) => c.name);
    expect(names).not.toContain('Beta Only');
  });

  it('refuses anonymous callers', async () => {
    const anon = new TestClient(server.url);
    const res = await anon.gql(LIST, {});
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
