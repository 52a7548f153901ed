import { randomUUID } from 'node:crypto';
import { can, PERMISSIONS, ROLE_MATRIX, ROLES, type Permission, type Role } from '@clientflow/domain';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type GqlResult,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { Workspace } from '../../modules/identity/workspace.entity';
import { Contact } from '../../modules/clients/contact.entity';
import { CustomFieldDefinition } from '../../modules/custom-fields/custom-field-definition.entity';

/**
 * The role matrix, exercised through the real API: every row of ROLE_MATRIX maps to the operations that enforce it,
 * every role runs every operation. A role with the permission succeeds; a signed-in role without it gets FORBIDDEN
 * (never UNAUTHENTICATED); a signed-out caller gets UNAUTHENTICATED. Adding an operation to a row is one line.
 */
interface Fixture {
  ws: TestWorkspace;
  server: TestServer;
  /** A client every role can reach (managed by the MEMBER). */
  clientId: string;
  /** A client managed by the MANAGER: invisible to roles without client.viewAll. */
  othersClientId: string;
  definitionKey: string;
}

interface Operation {
  name: string;
  run(caller: TestClient, fx: Fixture): Promise<GqlResult>;
  /** Defaults: no errors when allowed, FORBIDDEN when not. */
  allowed?(res: GqlResult, fx: Fixture): void;
  denied?(res: GqlResult, fx: Fixture): void;
}

const op = (
  name: string,
  query: string,
  vars: (fx: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown> = () => ({}),
): Operation => ({
  name,
  run: async (caller, fx) => caller.gql(query, await vars(fx)),
});

const newClient = (fx: Fixture) =>
  insertClient(fx.server.dataSource, fx.ws.workspace.id, { accountManagerId: fx.ws.users.MEMBER.id });
const newDefinition = async (fx: Fixture) =>
  fx.server.dataSource.getRepository(CustomFieldDefinition).save({
    workspaceId: fx.ws.workspace.id,
    key: `f_${randomUUID().slice(0, 8)}`,
    label: 'Matrix field',
    type: 'TEXT',
    options: [],
    position: 99,
  });
const newContact = async (fx: Fixture) =>
  fx.server.dataSource.getRepository(Contact).save({
    workspaceId: fx.ws.workspace.id,
    clientId: fx.clientId,
    name: 'Matrix Contact',
    email: `m-${randomUUID().slice(0, 8)}@example.test`,
  });
/** A fresh MEMBER of the fixture's workspace (a target for the team operations). */
const newMember = async (fx: Fixture): Promise<string> => {
  const [user] = await fx.server.dataSource.query(
    `INSERT INTO app_user (name, email, "passwordHash") VALUES ('Matrix Member', $1, 'x') RETURNING id`,
    [`member-${randomUUID().slice(0, 8)}@example.test`],
  );
  await fx.server.dataSource.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'MEMBER')`, [
    user.id,
    fx.ws.workspace.id,
  ]);
  return user.id;
};
/** A REST route read as a GraphQL-shaped result: 401 → UNAUTHENTICATED, 403 → FORBIDDEN. */
const rest = (name: string, path: (fx: Fixture) => string): Operation => ({
  name,
  run: async (caller, fx) => {
    const res = await fetch(`${fx.server.url}${path(fx)}`, { headers: { cookie: caller.cookieHeader() } });
    await res.arrayBuffer();
    const code =
      res.status === 401 ? 'UNAUTHENTICATED' : res.status === 403 ? 'FORBIDDEN' : res.ok ? null : `HTTP_${res.status}`;
    return {
      status: res.status,
      headers: res.headers,
      ...(code ? { errors: [{ message: code, extensions: { code } }] } : { data: {} }),
    };
  },
});
const nodeIds = (res: GqlResult) => (res.data?.clients.nodes ?? []).map((n: { id: string }) => n.id);

const OPERATIONS: Record<Permission, Operation[]> = {
  'client.viewList': [op('list clients', `{ clients { totalCount nodes { id } } }`)],
  'client.view': [
    op(
      'open a client profile',
      `query($id: ID!) { client(id: $id) { id name customFieldValues { value } } }`,
      (fx) => ({ id: fx.clientId }),
    ),
  ],
  'client.viewAll': [
    {
      ...op('see a client managed by someone else', `query($id: ID!) { client(id: $id) { id } }`, (fx) => ({
        id: fx.othersClientId,
      })),
      allowed: (res, fx) => expect(res.data?.client.id).toBe(fx.othersClientId),
      denied: (res) => expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND'),
    },
    {
      ...op('find clients managed by someone else in the list', `{ clients(page: { limit: 100 }) { nodes { id } } }`),
      allowed: (res, fx) => expect(nodeIds(res)).toEqual(expect.arrayContaining([fx.clientId, fx.othersClientId])),
      denied: (res, fx) => {
        expect(res.errors).toBeUndefined();
        expect(nodeIds(res)).toContain(fx.clientId);
        expect(nodeIds(res)).not.toContain(fx.othersClientId);
      },
    },
    {
      ...op(
        'edit a client managed by someone else',
        `mutation($id: ID!) { updateClient(id: $id, input: { industry: "Matrix" }) { id } }`,
        (fx) => ({ id: fx.othersClientId }),
      ),
      denied: (res) => expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND'),
    },
  ],
  'client.create': [
    op('create a client', `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, () => ({
      input: { name: `Matrix ${randomUUID().slice(0, 6)}`, email: 'matrix@example.test' },
    })),
  ],
  'client.edit': [
    op(
      'update a client',
      `mutation($id: ID!) { updateClient(id: $id, input: { phone: "+1 555 0199" }) { id } }`,
      (fx) => ({ id: fx.clientId }),
    ),
    op(
      'set custom field values',
      `mutation($id: ID!, $values: [CustomFieldValueInput!]!) { setClientCustomFieldValues(clientId: $id, values: $values) { id } }`,
      (fx) => ({ id: fx.clientId, values: [{ key: fx.definitionKey, value: 'matrix' }] }),
    ),
  ],
  'client.delete': [
    op('delete a client', `mutation($id: ID!) { deleteClient(id: $id) }`, async (fx) => ({
      id: (await newClient(fx)).id,
    })),
  ],
  'financials.view': [
    {
      ...op('read financial figures', `query($id: ID!) { client(id: $id) { totalValue } }`, (fx) => ({
        id: fx.clientId,
      })),
      allowed: (res) => expect(res.data?.client.totalValue).toBe(4200),
      denied: (res) => {
        expect(res.errors).toBeUndefined();
        expect(res.data?.client.totalValue).toBeNull();
      },
    },
    op('list invoices', `{ invoices { totalCount totals { balance } } }`),
  ],
  'workspace.manage': [
    op('read workspace settings', `{ workspaceSettings { id } }`),
    op(
      'update workspace settings',
      `mutation { updateWorkspaceSettings(input: { timezone: "Europe/Lisbon" }) { id } }`,
    ),
    op(
      'create a custom field',
      `mutation($label: String!) { createCustomFieldDefinition(input: { label: $label, type: TEXT }) { id } }`,
      () => ({
        label: `Matrix ${randomUUID().slice(0, 6)}`,
      }),
    ),
    op(
      'update a custom field',
      `mutation($id: ID!) { updateCustomFieldDefinition(id: $id, input: { helpText: "x" }) { id } }`,
      async (fx) => ({ id: (await newDefinition(fx)).id }),
    ),
    op(
      'reorder custom fields',
      `mutation($id: ID!) { reorderCustomFieldDefinitions(ids: [$id]) { id } }`,
      async (fx) => ({ id: (await newDefinition(fx)).id }),
    ),
    op('archive a custom field', `mutation($id: ID!) { archiveCustomFieldDefinition(id: $id) { id } }`, async (fx) => ({
      id: (await newDefinition(fx)).id,
    })),
    op('restore a custom field', `mutation($id: ID!) { restoreCustomFieldDefinition(id: $id) { id } }`, async (fx) => ({
      id: (await newDefinition(fx)).id,
    })),
    op('delete a custom field', `mutation($id: ID!) { deleteCustomFieldDefinition(id: $id) }`, async (fx) => ({
      id: (await newDefinition(fx)).id,
    })),
  ],
  'portal.manage': [
    op(
      'give a contact portal access',
      `mutation($id: ID!) { updateContact(id: $id, input: { portalAccess: true }) { id portalAccess } }`,
      async (fx) => ({
        id: (await newContact(fx)).id,
      }),
    ),
  ],
  'data.export': [rest('export clients as CSV', () => '/files/exports/clients.csv')],
  'billing.manage': [
    op(
      'create an invoice draft',
      `mutation($c: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: "Matrix", quantity: 1, unitPrice: 100, taxRate: 0 }] }) { id } }`,
      (fx) => ({
        c: fx.clientId,
      }),
    ),
    op(
      'update billing settings',
      `mutation { updateBillingSettings(input: { paymentTermsDays: 21 }) { paymentTermsDays } }`,
    ),
  ],
  'audit.view': [
    op('read the audit log', `{ auditLog(first: 5) { items { id action } } }`),
    rest('export the audit log as CSV', () => '/files/exports/audit-log.csv'),
  ],
  'members.manage': [
    op('list the team', `{ teamMembers { id role managedClientCount } }`),
    op('list invitations', `{ teamInvitations { id status } }`),
    op(
      'invite a teammate',
      `mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { id } }`,
      () => ({ e: `matrix-${randomUUID().slice(0, 8)}@example.test` }),
    ),
    op(
      "change a member's role",
      `mutation($id: ID!) { changeMemberRole(userId: $id, role: MANAGER) { role } }`,
      async (fx) => ({ id: await newMember(fx) }),
    ),
    op('remove a member', `mutation($id: ID!) { removeMember(userId: $id) }`, async (fx) => ({
      id: await newMember(fx),
    })),
  ],
  'workspace.delete': [
    {
      // A wrong name: past the permission check (OWNER gets the field error), and nothing is deleted.
      ...op(
        'delete the workspace',
        `mutation { requestWorkspaceDeletion(confirmName: "not the name") { nextWorkspaceId } }`,
      ),
      allowed: (res) => expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' }),
    },
  ],
};

/** Rows without an operation yet; the test below fails if one gains operations but stays listed, or vice versa. */
const NOT_YET_EXPOSED: Permission[] = [];

let server: TestServer;
let fx: Fixture;
const callers = {} as Record<Role, TestClient>;

beforeAll(async () => {
  server = await startTestServer();
  const ws = await createWorkspace(server.dataSource, 'Matrix');
  const client = await insertClient(server.dataSource, ws.workspace.id, {
    totalValue: 4200,
    accountManagerId: ws.users.MEMBER.id,
  });
  const others = await insertClient(server.dataSource, ws.workspace.id, {
    totalValue: 9900,
    accountManagerId: ws.users.MANAGER.id,
  });
  const definition = await server.dataSource.getRepository(CustomFieldDefinition).save({
    workspaceId: ws.workspace.id,
    key: 'matrix_note',
    label: 'Matrix note',
    type: 'TEXT',
    options: [],
    position: 0,
  });
  fx = { ws, server, clientId: client.id, othersClientId: others.id, definitionKey: definition.key };
  for (const role of ROLES) callers[role] = await signIn(server, ws.emails[role]);
});
afterAll(() => server.close());

describe('the matrix table', () => {
  it('has an entry for every permission, and operations for every row not listed as not yet exposed', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual([...PERMISSIONS].sort());
    expect(PERMISSIONS.filter((p) => OPERATIONS[p].length === 0)).toEqual(NOT_YET_EXPOSED);
  });
});

const cells = ROLES.flatMap((role) =>
  PERMISSIONS.flatMap((permission) =>
    OPERATIONS[permission].map((operation) => ({ role, permission, operation, granted: can(role, permission) })),
  ),
);

describe.each(ROLES)('%s', (role) => {
  it.each(
    cells
      .filter((c) => c.role === role)
      .map((c) => [c.granted ? 'may' : 'may not', c.operation.name, c.permission, c] as const),
  )('%s %s (%s)', async (_verb, _name, _permission, cell) => {
    const res = await cell.operation.run(callers[role], fx);
    if (cell.granted) {
      if (cell.operation.allowed) cell.operation.allowed(res, fx);
      else expect(res.errors).toBeUndefined();
    } else if (cell.operation.denied) {
      cell.operation.denied(res, fx);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('signed out', () => {
  it.each(cells.filter((c) => c.role === 'OWNER').map((c) => [c.operation.name, c.permission, c] as const))(
    'cannot %s (%s): UNAUTHENTICATED',
    async (_name, _permission, cell) => {
      const res = await cell.operation.run(new TestClient(server.url), fx);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});

describe('workspace grant: members can see financial figures', () => {
  afterEach(() =>
    server.dataSource.getRepository(Workspace).update({ id: fx.ws.workspace.id }, { memberCanViewFinancials: false }),
  );

  it('flips the MEMBER cell of financials.view and nothing else', async () => {
    const read = OPERATIONS['financials.view'][0];
    await server.dataSource
      .getRepository(Workspace)
      .update({ id: fx.ws.workspace.id }, { memberCanViewFinancials: true });
    read.allowed!(await read.run(callers.MEMBER, fx), fx);
    const me = await callers.MEMBER.gql(`{ me { permissions } }`);
    expect([...me.data.me.permissions].sort()).toEqual([...ROLE_MATRIX.MEMBER, 'financials.view'].sort());
    await server.dataSource
      .getRepository(Workspace)
      .update({ id: fx.ws.workspace.id }, { memberCanViewFinancials: false });
    read.denied!(await read.run(callers.MEMBER, fx), fx);
  });
});
