import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { Client } from '../clients/client.entity';

const DEF_FIELDS = 'id key label type options helpText position archivedAt usageCount';
const LIST = `query($all: Boolean) { customFieldDefinitions(includeArchived: $all) { ${DEF_FIELDS} } }`;
const CREATE = `mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { ${DEF_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomFieldDefinitionInput!) { updateCustomFieldDefinition(id: $id, input: $input) { ${DEF_FIELDS} } }`;
const REORDER = `mutation($ids: [ID!]!) { reorderCustomFieldDefinitions(ids: $ids) { id key position } }`;
const ARCHIVE = `mutation($id: ID!) { archiveCustomFieldDefinition(id: $id) { id archivedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreCustomFieldDefinition(id: $id) { id archivedAt } }`;
const DELETE = `mutation($id: ID!) { deleteCustomFieldDefinition(id: $id) }`;
const SET = `mutation($clientId: ID!, $values: [CustomFieldValueInput!]!) {
  setClientCustomFieldValues(clientId: $clientId, values: $values) { id customFieldValues { definition { key type } value display } }
}`;
const VALUES = `query($id: ID!, $all: Boolean) { client(id: $id) { id customFieldValues(includeArchived: $all) { definition { key } value display } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let ownerA: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Fields A');
  b = await createWorkspace(server.dataSource, 'Fields B');
  ownerA = await signIn(server, a.emails.OWNER);
});
afterAll(() => server.close());

async function define(caller: TestClient, input: Record<string, unknown>) {
  const res = await caller.gql(CREATE, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createCustomFieldDefinition as { id: string; key: string; position: number };
}

const storedFields = async (id: string) =>
  (await server.dataSource.getRepository(Client).findOneOrFail({ where: { id }, withDeleted: true })).customFields;

describe('custom field definitions', () => {
  let ws: TestWorkspace;
  let owner: TestClient;
  beforeAll(async () => {
    ws = await createWorkspace(server.dataSource, 'Defs');
    owner = await signIn(server, ws.emails.OWNER);
  });

  it('creates definitions with unique keys slugged from the label, in order', async () => {
    const first = await define(owner, { label: 'Renewal date', type: 'DATE', helpText: ' When it renews ' });
    const second = await define(owner, { label: 'Renewal  Date!', type: 'TEXT' });
    expect(first).toMatchObject({ key: 'renewal_date', position: 0 });
    expect(second).toMatchObject({ key: 'renewal_date_2', position: 1 });
    const list = await owner.gql(LIST);
    expect(list.data.customFieldDefinitions.map((d: { key: string }) => d.key)).toEqual([
      'renewal_date',
      'renewal_date_2',
    ]);
    expect(list.data.customFieldDefinitions[0]).toMatchObject({
      helpText: 'When it renews',
      label: 'Renewal date',
      usageCount: 0,
    });
  });

  it('keeps the key when the label changes', async () => {
    const d = await define(owner, { label: 'Budget', type: 'NUMBER' });
    const res = await owner.gql(UPDATE, { id: d.id, input: { label: 'Annual budget', helpText: 'In USD' } });
    expect(res.data.updateCustomFieldDefinition).toMatchObject({
      key: 'budget',
      label: 'Annual budget',
      helpText: 'In USD',
      type: 'NUMBER',
    });
  });

  it('validates definitions and names the field', async () => {
    const blank = await owner.gql(CREATE, { input: { label: '', type: 'TEXT' } });
    expect(blank.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'label' });
    const noOptions = await owner.gql(CREATE, { input: { label: 'Tier', type: 'SELECT', options: [] } });
    expect(noOptions.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'options' });
    const dup = await owner.gql(CREATE, { input: { label: 'Tier', type: 'SELECT', options: ['Gold', 'gold '] } });
    expect(dup.errors?.[0].extensions?.field).toBe('options');
    const optionsOnText = await owner.gql(CREATE, { input: { label: 'Note', type: 'TEXT', options: ['x'] } });
    expect(optionsOnText.errors?.[0].extensions?.field).toBe('options');
    const badType = await owner.gql(CREATE, { input: { label: 'X', type: 'COLOR' } });
    expect(badType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await owner.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { label: 'X' } });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reorders: listed ids first, the others after in their previous order', async () => {
    const all = (await owner.gql(LIST, { all: true })).data.customFieldDefinitions as { id: string; key: string }[];
    const last = all[all.length - 1];
    const res = await owner.gql(REORDER, { ids: [last.id] });
    expect(res.data.reorderCustomFieldDefinitions.map((d: { key: string }) => d.key)).toEqual([
      last.key,
      ...all.slice(0, -1).map((d) => d.key),
    ]);
    expect(res.data.reorderCustomFieldDefinitions.map((d: { position: number }) => d.position)).toEqual(
      all.map((_, i) => i),
    );
    expect((await owner.gql(REORDER, { ids: [last.id, last.id] })).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'ids',
    });
    expect((await owner.gql(REORDER, { ids: [] })).errors?.[0].extensions?.field).toBe('ids');
  });

  it('archives (hidden from the default list and from client values, value kept) and restores', async () => {
    const d = await define(owner, { label: 'Old code', type: 'TEXT' });
    const client = await insertClient(server.dataSource, ws.workspace.id, { customFields: { old_code: 'X-1' } });
    const archived = await owner.gql(ARCHIVE, { id: d.id });
    expect(archived.data.archiveCustomFieldDefinition.archivedAt).toBeTruthy();
    expect((await owner.gql(LIST)).data.customFieldDefinitions.map((x: { key: string }) => x.key)).not.toContain(
      'old_code',
    );
    expect(
      (await owner.gql(LIST, { all: true })).data.customFieldDefinitions.map((x: { key: string }) => x.key),
    ).toContain('old_code');
    const hidden = await owner.gql(VALUES, { id: client.id });
    expect(
      hidden.data.client.customFieldValues.map((v: { definition: { key: string } }) => v.definition.key),
    ).not.toContain('old_code');
    const shown = await owner.gql(VALUES, { id: client.id, all: true });
    expect(
      shown.data.client.customFieldValues.find((v: { definition: { key: string } }) => v.definition.key === 'old_code')
        .value,
    ).toBe('X-1');
    const refused = await owner.gql(SET, { clientId: client.id, values: [{ key: 'old_code', value: 'X-2' }] });
    expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'customFields.old_code' });
    expect(await storedFields(client.id)).toEqual({ old_code: 'X-1' });
    const restored = await owner.gql(RESTORE, { id: d.id });
    expect(restored.data.restoreCustomFieldDefinition.archivedAt).toBeNull();
  });

  it('refuses removing a SELECT option that clients use, and allows removing unused ones', async () => {
    const d = await define(owner, { label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver', 'Bronze'] });
    const client = await insertClient(server.dataSource, ws.workspace.id);
    await owner.gql(SET, { clientId: client.id, values: [{ key: d.key, value: 'Gold' }] });
    const refused = await owner.gql(UPDATE, { id: d.id, input: { options: ['Silver', 'Bronze'] } });
    expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'options' });
    expect(refused.errors?.[0].message).toMatch(/"Gold" \(1 client\)/);
    const ok = await owner.gql(UPDATE, { id: d.id, input: { options: ['Gold', 'Platinum'] } });
    expect(ok.data.updateCustomFieldDefinition.options).toEqual(['Gold', 'Platinum']);
    const counted = (await owner.gql(LIST)).data.customFieldDefinitions.find((x: { key: string }) => x.key === d.key);
    expect(counted.usageCount).toBe(1);
  });

  it('deletes a definition and its values from every client (soft-deleted ones too) in one go', async () => {
    const d = await define(owner, { label: 'Doomed', type: 'NUMBER' });
    const keep = await define(owner, { label: 'Keeper', type: 'TEXT' });
    const c1 = await insertClient(server.dataSource, ws.workspace.id, { customFields: { doomed: 1, keeper: 'yes' } });
    const c2 = await insertClient(server.dataSource, ws.workspace.id, {
      customFields: { doomed: 2 },
      deletedAt: new Date(),
    });
    const otherWs = await insertClient(server.dataSource, b.workspace.id, { customFields: { doomed: 3 } });
    const res = await owner.gql(DELETE, { id: d.id });
    expect(res.data.deleteCustomFieldDefinition).toBe(true);
    expect(await storedFields(c1.id)).toEqual({ keeper: 'yes' });
    expect(await storedFields(c2.id)).toEqual({});
    expect(await storedFields(otherWs.id)).toEqual({ doomed: 3 });
    expect(
      (await owner.gql(LIST, { all: true })).data.customFieldDefinitions.map((x: { key: string }) => x.key),
    ).toContain(keep.key);
    expect((await owner.gql(DELETE, { id: d.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each(['MANAGER', 'MEMBER'] as const)('lets %s read definitions but not change them', async (role) => {
    const d = await define(owner, { label: `Seen by ${role}`, type: 'TEXT' });
    const caller = await signIn(server, ws.emails[role]);
    expect((await caller.gql(LIST)).data.customFieldDefinitions.length).toBeGreaterThan(0);
    for (const [query, variables] of [
      [CREATE, { input: { label: 'Nope', type: 'TEXT' } }],
      [UPDATE, { id: d.id, input: { label: 'Nope' } }],
      [REORDER, { ids: [d.id] }],
      [ARCHIVE, { id: d.id }],
      [RESTORE, { id: d.id }],
      [DELETE, { id: d.id }],
    ] as const) {
      const res = await caller.gql(query, variables);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('is closed to signed-out callers and portal sessions', async () => {
    const anon = new TestClient(server.url);
    expect((await anon.gql(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anon.gql(CREATE, { input: { label: 'X', type: 'TEXT' } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('client values', () => {
  let ws: TestWorkspace;
  let owner: TestClient;
  beforeAll(async () => {
    ws = await createWorkspace(server.dataSource, 'Values');
    owner = await signIn(server, ws.emails.OWNER);
    await define(owner, { label: 'Notes', type: 'TEXT' });
    await define(owner, { label: 'Hours', type: 'NUMBER' });
    await define(owner, { label: 'Renewal', type: 'DATE' });
    await define(owner, { label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'] });
    await define(owner, { label: 'NDA', type: 'CHECKBOX' });
    await define(owner, { label: 'Brand book', type: 'URL' });
  });

  it('stores every type per the storage contract and reads it back as strings', async () => {
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const res = await owner.gql(SET, {
      clientId: client.id,
      values: [
        { key: 'notes', value: '  likes mornings ' },
        { key: 'hours', value: '12.5' },
        { key: 'renewal', value: '2026-02-28' },
        { key: 'tier', value: 'Gold' },
        { key: 'nda', value: 'true' },
        { key: 'brand_book', value: 'https://brand.example/book' },
      ],
    });
    expect(res.errors).toBeUndefined();
    expect(await storedFields(client.id)).toEqual({
      notes: 'likes mornings',
      hours: 12.5,
      renewal: '2026-02-28',
      tier: 'Gold',
      nda: true,
      brand_book: 'https://brand.example/book',
    });
    const values = res.data.setClientCustomFieldValues.customFieldValues;
    expect(values.map((v: { definition: { key: string } }) => v.definition.key)).toEqual([
      'notes',
      'hours',
      'renewal',
      'tier',
      'nda',
      'brand_book',
    ]);
    expect(values.find((v: { definition: { key: string } }) => v.definition.key === 'nda')).toMatchObject({
      value: 'true',
      display: 'Yes',
    });
    expect(values.find((v: { definition: { key: string } }) => v.definition.key === 'hours')).toMatchObject({
      value: '12.5',
    });

    const cleared = await owner.gql(SET, {
      clientId: client.id,
      values: [
        { key: 'notes', value: null },
        { key: 'hours', value: '' },
      ],
    });
    expect(cleared.errors).toBeUndefined();
    expect(await storedFields(client.id)).not.toHaveProperty('notes');
    expect(await storedFields(client.id)).not.toHaveProperty('hours');
    const nda = cleared.data.setClientCustomFieldValues.customFieldValues.find(
      (v: { definition: { key: string } }) => v.definition.key === 'notes',
    );
    expect(nda).toMatchObject({ value: null, display: null });
  });

  it.each([
    ['hours', 'twelve'],
    ['hours', 'Infinity'],
    ['renewal', '2026-02-30'],
    ['renewal', '28/02/2026'],
    ['tier', 'Bronze'],
    ['nda', 'yes'],
    ['brand_book', 'javascript:alert(1)'],
    ['brand_book', 'ftp://files.example'],
    ['notes', 'x'.repeat(1001)],
  ])('refuses a bad %s value naming customFields.<key>, and writes nothing (case %#)', async (key, value) => {
    const client = await insertClient(server.dataSource, ws.workspace.id, { customFields: { tier: 'Silver' } });
    const res = await owner.gql(SET, {
      clientId: client.id,
      values: [
        { key: 'tier', value: 'Gold' },
        { key, value },
      ],
    });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: `customFields.${key}` });
    expect(await storedFields(client.id)).toEqual({ tier: 'Silver' });
  });

  it('refuses unknown keys and keys listed twice', async () => {
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const unknown = await owner.gql(SET, { clientId: client.id, values: [{ key: 'nope', value: 'x' }] });
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'customFields.nope' });
    const twice = await owner.gql(SET, {
      clientId: client.id,
      values: [
        { key: 'tier', value: 'Gold' },
        { key: 'tier', value: 'Silver' },
      ],
    });
    expect(twice.errors?.[0].extensions?.field).toBe('customFields.tier');
    const badKey = await owner.gql(SET, { clientId: client.id, values: [{ key: 'Not A Key', value: 'x' }] });
    expect(badKey.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a MEMBER set values only on clients they manage, and MANAGER anywhere', async () => {
    const mine = await insertClient(server.dataSource, ws.workspace.id, { accountManagerId: ws.users.MEMBER.id });
    const theirs = await insertClient(server.dataSource, ws.workspace.id, { accountManagerId: ws.users.MANAGER.id });
    const member = await signIn(server, ws.emails.MEMBER);
    expect(
      (await member.gql(SET, { clientId: mine.id, values: [{ key: 'tier', value: 'Gold' }] })).errors,
    ).toBeUndefined();
    const hidden = await member.gql(SET, { clientId: theirs.id, values: [{ key: 'tier', value: 'Gold' }] });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await storedFields(theirs.id)).toEqual({});
    const manager = await signIn(server, ws.emails.MANAGER);
    expect(
      (await manager.gql(SET, { clientId: theirs.id, values: [{ key: 'tier', value: 'Silver' }] })).errors,
    ).toBeUndefined();
  });

  it('reads definitions once for a whole page of clients (same SQL count for 1 and 20 clients)', async () => {
    const page = await createWorkspace(server.dataSource, 'Paging');
    const pageOwner = await signIn(server, page.emails.OWNER);
    await define(pageOwner, { label: 'Tier', type: 'SELECT', options: ['Gold'] });
    for (let i = 0; i < 20; i++)
      await insertClient(server.dataSource, page.workspace.id, { customFields: { tier: 'Gold' } });
    const query = `query($limit: Int!) { clients(page: { limit: $limit }) { nodes { id customFieldValues { definition { key } value } } } }`;
    const small = await pageOwner.gql(query, { limit: 1 });
    const large = await pageOwner.gql(query, { limit: 20 });
    expect(large.errors).toBeUndefined();
    expect(large.data.clients.nodes).toHaveLength(20);
    for (const n of large.data.clients.nodes)
      expect(n.customFieldValues).toEqual([{ definition: { key: 'tier' }, value: 'Gold' }]);
    expect(Number(large.headers.get('x-sql-queries'))).toBe(Number(small.headers.get('x-sql-queries')));
  });
});

describe('workspace isolation', () => {
  it("keeps A's definitions and clients out of B's reach", async () => {
    const def = await define(ownerA, { label: 'Secret A', type: 'TEXT' });
    const clientA = await insertClient(server.dataSource, a.workspace.id, { customFields: { secret_a: 'classified' } });
    const ownerB = await signIn(server, b.emails.OWNER);

    const listB = await ownerB.gql(LIST, { all: true });
    expect(listB.data.customFieldDefinitions.map((d: { key: string }) => d.key)).not.toContain('secret_a');
    for (const [query, variables] of [
      [UPDATE, { id: def.id, input: { label: 'Hacked' } }],
      [ARCHIVE, { id: def.id }],
      [RESTORE, { id: def.id }],
      [DELETE, { id: def.id }],
      [REORDER, { ids: [def.id] }],
      [SET, { clientId: clientA.id, values: [{ key: 'secret_a', value: 'changed' }] }],
      [VALUES, { id: clientA.id }],
    ] as const) {
      const res = await ownerB.gql(query, variables);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await storedFields(clientA.id)).toEqual({ secret_a: 'classified' });
    expect(
      (await ownerA.gql(LIST)).data.customFieldDefinitions.find((d: { key: string }) => d.key === 'secret_a').label,
    ).toBe('Secret A');
  });

  it("does not let A's keys affect B: same label gives the same key in B, unknown in B until B defines it", async () => {
    await define(ownerA, { label: 'Shared name', type: 'TEXT' });
    const ownerB = await signIn(server, b.emails.OWNER);
    const clientB = await insertClient(server.dataSource, b.workspace.id);
    const before = await ownerB.gql(SET, { clientId: clientB.id, values: [{ key: 'shared_name', value: 'x' }] });
    expect(before.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'customFields.shared_name' });
    const defB = await define(ownerB, { label: 'Shared name', type: 'NUMBER' });
    expect(defB.key).toBe('shared_name');
    const after = await ownerB.gql(SET, { clientId: clientB.id, values: [{ key: 'shared_name', value: '7' }] });
    expect(after.errors).toBeUndefined();
    expect(await storedFields(clientB.id)).toEqual({ shared_name: 7 });
    const usageB = (await ownerB.gql(LIST)).data.customFieldDefinitions.find(
      (d: { key: string }) => d.key === 'shared_name',
    );
    expect(usageB.usageCount).toBe(1);
    const usageA = (await ownerA.gql(LIST)).data.customFieldDefinitions.find(
      (d: { key: string }) => d.key === 'shared_name',
    );
    expect(usageA.usageCount).toBe(0);
  });
});
