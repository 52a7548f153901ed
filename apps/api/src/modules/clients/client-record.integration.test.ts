import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const PROFILE = `id name taxId taxIdType acquisitionSource logoUrl activeProjectCount
  socialLinks { network url } accountManager { id name } address { city country }`;
const UPDATE = `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { ${PROFILE} } }`;
const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { ${PROFILE} } }`;
const GET = `query($id: ID!) { client(id: $id) { ${PROFILE} contacts { id name isPrimary portalAccess } } }`;
const MEMBERS = `{ workspaceMembers { id name email role } }`;
const CONTACT = `id name email role isPrimary portalAccess jobTitle phone mobile notes client { id primaryContact { id } }`;
const CREATE_CONTACT = `mutation($clientId: ID!, $input: CreateContactInput!) { createContact(clientId: $clientId, input: $input) { ${CONTACT} } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { ${CONTACT} } }`;
const SET_PRIMARY = `mutation($id: ID!) { setPrimaryContact(id: $id) { ${CONTACT} } }`;
const DELETE_CONTACT = `mutation($id: ID!) { deleteContact(id: $id) { id contacts { id name isPrimary } } }`;
const DELETED = `query($page: PageInput) { deletedClients(page: $page) { totalCount hasMore nodes { id name deletedAt } } }`;
const RESTORE_DELETED = `mutation($id: ID!) { restoreDeletedClient(id: $id) { id name deletedAt } }`;
const DELETE = `mutation($id: ID!) { deleteClient(id: $id) }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'RecordA');
  b = await createWorkspace(server.dataSource, 'RecordB');
});
afterAll(() => server.close());

const primaries = async (clientId: string) =>
  (await server.dataSource.query(`SELECT name FROM contact WHERE "clientId" = $1 AND "isPrimary"`, [clientId])).map(
    (r: { name: string }) => r.name,
  );

describe('client profile', () => {
  it('stores every profile field, normalising the tax id and social links', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id);
    const res = await owner.gql(UPDATE, {
      id: c.id,
      input: {
        taxIdType: 'CNPJ',
        taxId: '11222333000181',
        acquisitionSource: '  Referral ',
        accountManagerId: a.users.MANAGER.id,
        socialLinks: [
          { network: 'GITHUB', url: 'github.com/acme' },
          { network: 'LINKEDIN', url: 'https://www.linkedin.com/company/acme' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateClient).toMatchObject({
      taxId: '11.222.333/0001-81',
      taxIdType: 'CNPJ',
      acquisitionSource: 'Referral',
      logoUrl: null,
      activeProjectCount: 0,
      accountManager: { id: a.users.MANAGER.id },
      socialLinks: [
        { network: 'LINKEDIN', url: 'https://www.linkedin.com/company/acme' },
        { network: 'GITHUB', url: 'https://github.com/acme' },
      ],
    });
    const [row] = await server.dataSource.query(`SELECT "socialLinks" FROM client WHERE id = $1`, [c.id]);
    expect(row.socialLinks).toEqual({
      LINKEDIN: 'https://www.linkedin.com/company/acme',
      GITHUB: 'https://github.com/acme',
    });
  });

  it('names the field of every bad profile value and writes nothing', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Untouched',
      taxId: '529.982.247-25',
      taxIdType: 'CPF',
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ taxIdType: 'CPF', taxId: '529.982.247-26' }, 'taxId'],
      [{ taxIdType: 'CNPJ' }, 'taxId'], // the stored CPF is not a CNPJ
      [{ taxIdType: 'RUT', taxId: '12.345.678-6' }, 'taxId'],
      [{ socialLinks: [{ network: 'INSTAGRAM', url: 'https://facebook.com/acme' }] }, 'socialLinks.0.url'],
      [
        {
          socialLinks: [
            { network: 'X', url: 'x.com/a' },
            { network: 'X', url: 'x.com/b' },
          ],
        },
        'socialLinks.1.network',
      ],
      [{ accountManagerId: b.users.OWNER.id }, 'accountManagerId'],
      [{ accountManagerId: 'nobody' }, 'accountManagerId'],
      [{ acquisitionSource: 'x'.repeat(101) }, 'acquisitionSource'],
      [{ name: 'Changed', taxIdType: 'EIN', taxId: '12' }, 'taxId'],
    ];
    for (const [input, field] of cases) {
      const res = await owner.gql(UPDATE, { id: c.id, input });
      expect({ field, ext: res.errors?.[0].extensions }).toEqual({ field, ext: { code: 'BAD_USER_INPUT', field } });
    }
    const after = (await owner.gql(GET, { id: c.id })).data.client;
    expect(after).toMatchObject({ name: 'Untouched', taxId: '529.982.247-25', taxIdType: 'CPF', accountManager: null });
  });

  it('validates the tax id and account manager on create too', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const bad = await owner.gql(CREATE, {
      input: { name: 'Rut Co', email: 'rut@co.test', taxIdType: 'RUT', taxId: '1-8' },
    });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'taxId' });
    const outsider = await owner.gql(CREATE, {
      input: { name: 'Rut Co', email: 'rut@co.test', accountManagerId: b.users.ADMIN.id },
    });
    expect(outsider.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'accountManagerId' });
    const ok = await owner.gql(CREATE, {
      input: {
        name: 'Rut Co',
        email: 'rut@co.test',
        taxIdType: 'RUT',
        taxId: '123456785',
        accountManagerId: a.users.ADMIN.id,
      },
    });
    expect(ok.data.createClient).toMatchObject({ taxId: '12.345.678-5', accountManager: { id: a.users.ADMIN.id } });
  });

  it('exposes a versioned logo URL once a logo exists', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const at = new Date('2026-03-01T12:00:00.000Z');
    const c = await insertClient(server.dataSource, a.workspace.id, {
      logoUpdatedAt: at,
      logoContentType: 'image/png',
    });
    expect((await owner.gql(GET, { id: c.id })).data.client.logoUrl).toBe(
      `/files/clients/${c.id}/logo?v=${at.getTime()}`,
    );
  });

  it('clears the map coordinates when city, region or country change, not for the street', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, {
      city: 'Porto',
      country: 'PT',
      latitude: 41.15,
      longitude: -8.61,
    });
    const coords = async () =>
      (await server.dataSource.query(`SELECT latitude, longitude FROM client WHERE id = $1`, [c.id]))[0];
    await owner.gql(UPDATE, { id: c.id, input: { address: { street: 'Rua Nova 1', city: 'Porto', country: 'PT' } } });
    expect(await coords()).toEqual({ latitude: 41.15, longitude: -8.61 });
    await owner.gql(UPDATE, { id: c.id, input: { address: { street: 'Rua Nova 1', city: 'Lisboa', country: 'PT' } } });
    expect(await coords()).toEqual({ latitude: null, longitude: null });
  });

  it('lets a MEMBER keep clients but not hand them to someone else', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const c = await insertClient(server.dataSource, a.workspace.id, { accountManagerId: a.users.MEMBER.id });
    const handOver = await member.gql(UPDATE, { id: c.id, input: { accountManagerId: a.users.MANAGER.id } });
    expect(handOver.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'accountManagerId' });
    const keep = await member.gql(UPDATE, {
      id: c.id,
      input: { accountManagerId: a.users.MEMBER.id, acquisitionSource: 'event' },
    });
    expect(keep.data.updateClient).toMatchObject({
      acquisitionSource: 'event',
      accountManager: { id: a.users.MEMBER.id },
    });
  });
});

describe('workspace members', () => {
  it('lists the staff of the caller workspace only', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const res = await member.gql(MEMBERS);
    const ids = res.data.workspaceMembers.map((m: { id: string }) => m.id).sort();
    expect(ids).toEqual(
      Object.values(a.users)
        .map((u) => u.id)
        .sort(),
    );
    expect(res.data.workspaceMembers.find((m: { id: string }) => m.id === a.users.OWNER.id).role).toBe('OWNER');
    expect((await new TestClient(server.url).gql(MEMBERS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('contacts', () => {
  it('keeps exactly one primary: first contact, explicit switch, setPrimary and deletes', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id);
    const add = async (name: string, extra: Record<string, unknown> = {}) => {
      const res = await owner.gql(CREATE_CONTACT, { clientId: c.id, input: { name, ...extra } });
      expect(res.errors).toBeUndefined();
      return res.data.createContact;
    };
    const first = await add('First', { isPrimary: false, role: 'BILLING', email: 'First@Acme.Test' });
    expect(first).toMatchObject({
      isPrimary: true,
      role: 'BILLING',
      email: 'first@acme.test',
      client: { primaryContact: { id: first.id } },
    });
    const second = await add('Second');
    expect(second.isPrimary).toBe(false);
    const third = await add('Third', { isPrimary: true });
    expect(third.client.primaryContact.id).toBe(third.id);
    expect(await primaries(c.id)).toEqual(['Third']);

    const switched = await owner.gql(SET_PRIMARY, { id: second.id });
    expect(switched.data.setPrimaryContact).toMatchObject({
      isPrimary: true,
      client: { primaryContact: { id: second.id } },
    });
    expect(await primaries(c.id)).toEqual(['Second']);
    const viaUpdate = await owner.gql(UPDATE_CONTACT, { id: first.id, input: { isPrimary: true } });
    expect(viaUpdate.data.updateContact.isPrimary).toBe(true);
    expect(await primaries(c.id)).toEqual(['First']);

    const unset = await owner.gql(UPDATE_CONTACT, { id: first.id, input: { isPrimary: false } });
    expect(unset.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'isPrimary' });

    // Deleting the primary promotes the oldest remaining contact (Second, created before Third).
    const afterDelete = (await owner.gql(DELETE_CONTACT, { id: first.id })).data.deleteContact;
    expect(
      afterDelete.contacts.filter((x: { isPrimary: boolean }) => x.isPrimary).map((x: { name: string }) => x.name),
    ).toEqual(['Second']);
    await owner.gql(DELETE_CONTACT, { id: third.id });
    expect(await primaries(c.id)).toEqual(['Second']);
    const last = await owner.gql(DELETE_CONTACT, { id: second.id });
    expect(last.data.deleteContact.contacts).toEqual([]);
    expect(await primaries(c.id)).toEqual([]);
  });

  it('stays with one primary under concurrent switches', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, {}, [
      { name: 'P', isPrimary: true },
      { name: 'Q' },
      { name: 'R' },
      { name: 'S' },
    ]);
    const contacts = await server.dataSource.query(`SELECT id FROM contact WHERE "clientId" = $1`, [c.id]);
    const results = await Promise.all(contacts.map((ct: { id: string }) => owner.gql(SET_PRIMARY, { id: ct.id })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(await primaries(c.id)).toHaveLength(1);
  });

  it('names the bad field and writes nothing', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, {}, [
      { name: 'Existing', isPrimary: true, email: 'e@x.test' },
    ]);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'Ok', email: 'nope' }, 'email'],
      [{ name: 'Ok', phone: 'call me' }, 'phone'],
      [{ name: 'Ok', mobile: '12' }, 'mobile'],
      [{ name: 'Ok', notes: 'n'.repeat(2001) }, 'notes'],
      [{ name: 'Ok', portalAccess: true }, 'portalAccess'], // no email to send sign-in links to
    ];
    for (const [input, field] of cases) {
      const res = await owner.gql(CREATE_CONTACT, { clientId: c.id, input });
      expect({ field, ext: res.errors?.[0].extensions }).toEqual({ field, ext: { code: 'BAD_USER_INPUT', field } });
    }
    const [existing] = await server.dataSource.query(`SELECT id FROM contact WHERE "clientId" = $1`, [c.id]);
    await owner.gql(UPDATE_CONTACT, { id: existing.id, input: { portalAccess: true } });
    const noEmail = await owner.gql(UPDATE_CONTACT, { id: existing.id, input: { email: null } });
    expect(noEmail.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await owner.gql(GET, { id: c.id })).data.client.contacts).toEqual([
      { id: existing.id, name: 'Existing', isPrimary: true, portalAccess: true },
    ]);
    const unknownClient = await owner.gql(CREATE_CONTACT, { clientId: 'not-a-uuid', input: { name: 'X' } });
    expect(unknownClient.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('makes new contacts findable in the client search', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, { name: 'Searchable Ltd' });
    await owner.gql(CREATE_CONTACT, {
      clientId: c.id,
      input: { name: 'Zebulon Quaffle', email: 'zq@searchable.test' },
    });
    const search = async (q: string) =>
      (await owner.gql(`query($q: String) { clients(filter: { search: $q }) { nodes { id } } }`, { q })).data.clients
        .nodes;
    expect(await search('zebulon')).toEqual([{ id: c.id }]);
    const [ct] = await server.dataSource.query(`SELECT id FROM contact WHERE "clientId" = $1`, [c.id]);
    await owner.gql(UPDATE_CONTACT, { id: ct.id, input: { name: 'Yara Quill' } });
    expect(await search('zebulon')).toEqual([]);
    expect(await search('yara')).toEqual([{ id: c.id }]);
  });

  it('needs portal.manage to change portal access, client.edit for the rest', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const manager = await signIn(server, a.emails.MANAGER);
    const c = await insertClient(server.dataSource, a.workspace.id, { accountManagerId: a.users.MEMBER.id });
    const grant = await member.gql(CREATE_CONTACT, {
      clientId: c.id,
      input: { name: 'Portal', email: 'p@x.test', portalAccess: true },
    });
    expect(grant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = (
      await member.gql(CREATE_CONTACT, {
        clientId: c.id,
        input: { name: 'Portal', email: 'p@x.test', portalAccess: false },
      })
    ).data.createContact;
    expect(created.portalAccess).toBe(false);
    expect(
      (await member.gql(UPDATE_CONTACT, { id: created.id, input: { portalAccess: true } })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const edit = await member.gql(UPDATE_CONTACT, { id: created.id, input: { jobTitle: 'CFO', portalAccess: false } });
    expect(edit.errors).toBeUndefined();
    expect(edit.data.updateContact.jobTitle).toBe('CFO');
    const granted = await manager.gql(UPDATE_CONTACT, { id: created.id, input: { portalAccess: true } });
    expect(granted.data.updateContact.portalAccess).toBe(true);
  });

  it('lets a MEMBER reach only contacts of clients they manage', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const c = await insertClient(server.dataSource, a.workspace.id, { accountManagerId: a.users.MANAGER.id }, [
      { name: 'Hidden', isPrimary: true },
    ]);
    const [ct] = await server.dataSource.query(`SELECT id FROM contact WHERE "clientId" = $1`, [c.id]);
    const attempts = [
      member.gql(CREATE_CONTACT, { clientId: c.id, input: { name: 'Sneaky' } }),
      member.gql(UPDATE_CONTACT, { id: ct.id, input: { name: 'Renamed' } }),
      member.gql(SET_PRIMARY, { id: ct.id }),
      member.gql(DELETE_CONTACT, { id: ct.id }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await server.dataSource.query(`SELECT name FROM contact WHERE "clientId" = $1`, [c.id])).toEqual([
      { name: 'Hidden' },
    ]);
  });

  it("never lets workspace B read or change A's contacts", async () => {
    const c = await insertClient(server.dataSource, a.workspace.id, {}, [
      { name: 'Alpha Person', isPrimary: true },
      { name: 'Alpha Two' },
    ]);
    const [ct] = await server.dataSource.query(`SELECT id FROM contact WHERE "clientId" = $1 AND NOT "isPrimary"`, [
      c.id,
    ]);
    const intruder = await signIn(server, b.emails.OWNER);
    const attempts = [
      intruder.gql(CREATE_CONTACT, { clientId: c.id, input: { name: 'Intruder' } }),
      intruder.gql(UPDATE_CONTACT, { id: ct.id, input: { name: 'Owned' } }),
      intruder.gql(SET_PRIMARY, { id: ct.id }),
      intruder.gql(DELETE_CONTACT, { id: ct.id }),
      intruder.gql(GET, { id: c.id }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const rows = await server.dataSource.query(
      `SELECT name, "isPrimary" FROM contact WHERE "clientId" = $1 ORDER BY name`,
      [c.id],
    );
    expect(rows).toEqual([
      { name: 'Alpha Person', isPrimary: true },
      { name: 'Alpha Two', isPrimary: false },
    ]);
  });

  it('refuses portal sessions and anonymous callers', async () => {
    const anon = new TestClient(server.url);
    const res = await anon.gql(CREATE_CONTACT, {
      clientId: '00000000-0000-4000-8000-000000000000',
      input: { name: 'X' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('deleted clients', () => {
  it.each(['MANAGER', 'MEMBER'] as const)('are out of reach for a %s', async (role) => {
    const caller = await signIn(server, a.emails[role]);
    const c = await insertClient(server.dataSource, a.workspace.id, {
      deletedAt: new Date(),
      accountManagerId: a.users[role].id,
    });
    expect((await caller.gql(DELETED, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await caller.gql(RESTORE_DELETED, { id: c.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('go to a bin an ADMIN can list and restore from, per workspace', async () => {
    const ws = await createWorkspace(server.dataSource, 'Bin');
    const admin = await signIn(server, ws.emails.ADMIN);
    const keep = await insertClient(server.dataSource, ws.workspace.id, { name: 'Kept' });
    const gone = await insertClient(server.dataSource, ws.workspace.id, { name: 'Gone Co', status: 'PAUSED' }, [
      { name: 'Gina', isPrimary: true },
    ]);
    const older = await insertClient(server.dataSource, ws.workspace.id, {
      name: 'Older',
      deletedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect((await admin.gql(DELETE, { id: gone.id })).data.deleteClient).toBe(true);
    expect((await admin.gql(DELETE, { id: gone.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const bin = (await admin.gql(DELETED, { page: { offset: 0, limit: 1 } })).data.deletedClients;
    expect(bin).toMatchObject({ totalCount: 2, hasMore: true, nodes: [{ id: gone.id, name: 'Gone Co' }] });
    expect(bin.nodes[0].deletedAt).not.toBeNull();
    expect((await admin.gql(DELETED, { page: { offset: 1, limit: 1 } })).data.deletedClients.nodes).toEqual([
      { id: older.id, name: 'Older', deletedAt: '2026-01-01T00:00:00.000Z' },
    ]);

    // Another workspace sees none of it and cannot restore it.
    const other = await signIn(server, b.emails.OWNER);
    const theirs = (await other.gql(DELETED, { page: { offset: 0, limit: 100 } })).data.deletedClients.nodes.map(
      (n: { id: string }) => n.id,
    );
    expect(theirs).not.toContain(gone.id);
    expect((await other.gql(RESTORE_DELETED, { id: gone.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await admin.gql(RESTORE_DELETED, { id: keep.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await admin.gql(RESTORE_DELETED, { id: 'nope' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const restored = await admin.gql(RESTORE_DELETED, { id: gone.id });
    expect(restored.data.restoreDeletedClient).toEqual({ id: gone.id, name: 'Gone Co', deletedAt: null });
    const back = await admin.gql(`query($id: ID!) { client(id: $id) { status contacts { name isPrimary } } }`, {
      id: gone.id,
    });
    expect(back.data.client).toEqual({ status: 'PAUSED', contacts: [{ name: 'Gina', isPrimary: true }] });
    expect((await admin.gql(DELETED, {})).data.deletedClients.totalCount).toBe(1);
  });

  it('cannot be edited or have contacts added while in the bin', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const c = await insertClient(server.dataSource, a.workspace.id, { deletedAt: new Date() });
    expect((await owner.gql(UPDATE, { id: c.id, input: { name: 'Zombie' } })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await owner.gql(CREATE_CONTACT, { clientId: c.id, input: { name: 'Z' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
