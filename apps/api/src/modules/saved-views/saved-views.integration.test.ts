import { createWorkspace, signIn, startTestServer, type TestServer, type TestWorkspace } from '../../../test/harness';

const VIEWS = `{ savedViews { id name viewMode filters { search status includeArchived hasProjects tags customFields { key value } } sort { field direction } } }`;
const CREATE = `mutation($input: SavedViewInput!) { createSavedView(input: $input) { id name viewMode filters { status tags hasProjects } sort { field direction } } }`;
const UPDATE = `mutation($id: ID!, $input: SavedViewInput!) { updateSavedView(id: $id, input: $input) { id name viewMode } }`;
const DELETE = `mutation($id: ID!) { deleteSavedView(id: $id) }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Views');
  b = await createWorkspace(server.dataSource, 'Views other');
});
afterAll(() => server.close());

describe('saved views', () => {
  it('creates, lists, renames and deletes a view with its filters, sort and mode', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const created = await owner.gql(CREATE, {
      input: {
        name: '  VIP pipeline ',
        viewMode: 'PIPELINE',
        filters: {
          status: ['ACTIVE'],
          tags: ['vip'],
          hasProjects: true,
          customFields: [{ key: 'tier', value: 'gold' }],
        },
        sort: { field: 'TOTAL_VALUE', direction: 'DESC' },
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createSavedView).toMatchObject({
      name: 'VIP pipeline',
      viewMode: 'PIPELINE',
      filters: { status: ['ACTIVE'], tags: ['vip'], hasProjects: true },
      sort: { field: 'TOTAL_VALUE', direction: 'DESC' },
    });
    const id = created.data.createSavedView.id;
    const listed = await owner.gql(VIEWS);
    expect(listed.data.savedViews).toEqual([
      expect.objectContaining({
        id,
        filters: expect.objectContaining({ customFields: [{ key: 'tier', value: 'gold' }], includeArchived: false }),
      }),
    ]);
    const renamed = await owner.gql(UPDATE, { id, input: { name: 'VIP map', viewMode: 'MAP' } });
    expect(renamed.data.updateSavedView).toEqual({ id, name: 'VIP map', viewMode: 'MAP' });
    expect((await owner.gql(DELETE, { id })).data.deleteSavedView).toBe(true);
    expect((await owner.gql(VIEWS)).data.savedViews).toEqual([]);
  });

  it('validates the name and refuses duplicates per user', async () => {
    const admin = await signIn(server, a.emails.ADMIN);
    const blank = await admin.gql(CREATE, { input: { name: '   ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const long = await admin.gql(CREATE, { input: { name: 'x'.repeat(81) } });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const badFilter = await admin.gql(CREATE, { input: { name: 'Bad', filters: { accountManagerIds: ['nope'] } } });
    expect(badFilter.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await admin.gql(CREATE, { input: { name: 'Mine' } })).errors).toBeUndefined();
    const dup = await admin.gql(CREATE, { input: { name: 'MINE' } });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps views private to their user and workspace', async () => {
    const manager = await signIn(server, a.emails.MANAGER);
    const created = await manager.gql(CREATE, { input: { name: 'Private' } });
    expect(created.errors).toBeUndefined();
    const id = created.data.createSavedView.id;
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(VIEWS)).data.savedViews).toEqual([]);
    // Another user of the same workspace, and a user of another workspace, can neither change nor delete it.
    for (const other of [member, await signIn(server, b.emails.OWNER)]) {
      expect((await other.gql(UPDATE, { id, input: { name: 'Hijacked' } })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await other.gql(DELETE, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    await expect((await signIn(server, b.emails.OWNER)).gql(VIEWS).then((r) => r.data.savedViews)).resolves.toEqual([]);
    expect((await manager.gql(VIEWS)).data.savedViews).toEqual([expect.objectContaining({ id, name: 'Private' })]);
  });
});
