import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { PORTAL } from '../../platform/auth/auth-checker';
import { createSchema } from '../../schema';
import { Contact } from '../clients/contact.entity';
import {
  createWorkspace,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import {
  addContact,
  portalSession,
  seedPortalClient,
  setPortalSettings,
  type PortalSeed,
} from './portal-content.test-kit';

/*
 * THE hidden-data proof: a portal session reaches only portal fields, those fields only reach Portal* types, and
 * those types carry no internal data. Operations are enumerated from the built schema, so a new staff query or
 * mutation is covered the day it is added.
 */

/** Reachable without any session (sign-in flows, "who am I"); reviewed by hand — a new one must be added here. */
const PUBLIC_FIELDS = new Set<string>([
  'signIn',
  'signOut',
  'me',
  'requestMagicLink',
  'consumeMagicLink',
  'portalMe',
  'portalSignOut',
  // portal-access: the branding of a client's portal URL and invitation links.
  'portalBranding',
  'acceptPortalInvitation',
  // accounts (issue 14): sign-up and its options, email verification, password reset — public by design, rate limited.
  'signUpMode',
  'signUp',
  'verifyEmail',
  'requestPasswordReset',
  'resetPassword',
  // two-factor: the second sign-in step (the short-lived challenge cookie is the credential).
  'verifySignInCode',
  // team: the invitation link's preview and its acceptance (the token is the credential).
  'invitationPreview',
  'acceptInvitation',
]);

/** Field names that must never appear on a type a portal session can reach. */
const INTERNAL_FIELD =
  /cost|margin|rate$|rates|timeEntr|minutesSpent|hoursSpent|internal|^notes?$|assignee|accountManager|metadata|portalVisible|clientVisible|financial|workspaceId|passwordHash|checksum|storageKey/i;

let server: TestServer;
let schema: GraphQLSchema;
let a: TestWorkspace;
let b: TestWorkspace;
let seed: PortalSeed;

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  server = await startTestServer();
  schema = await createSchema();
  a = await createWorkspace(server.dataSource, 'Isolation');
  b = await createWorkspace(server.dataSource, 'Elsewhere');
  seed = await seedPortalClient(server, a.workspace.id);
});
afterAll(() => server.close());

/** The roles a query/mutation requires (method-level @Authorized, else class-level), or null when public. */
function rolesOf(kind: 'queries' | 'mutations', name: string): string[] | null {
  const storage = getMetadataStorage();
  const meta = storage[kind].find((m) => m.schemaName === name);
  if (!meta) throw new Error(`no metadata for ${name}`);
  const method = storage.authorizedFields.find((f) => f.target === meta.target && f.fieldName === meta.methodName);
  if (method) return method.roles;
  const cls = storage.authorizedResolver.find((c) => c.target === meta.target);
  return cls ? cls.roles : null;
}

function operations() {
  const ops: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; roles: string[] | null }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields()))
    ops.push({ kind: 'query', field, roles: rolesOf('queries', field.name) });
  for (const field of Object.values(schema.getMutationType()!.getFields()))
    ops.push({ kind: 'mutation', field, roles: rolesOf('mutations', field.name) });
  return ops;
}

/** A minimal valid value for an argument type (required input fields filled, recursively). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'SafeInt':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const vars = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    text: `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)])),
  };
}

describe('a portal session on the agency API', () => {
  it('only public fields have no @Authorized (each one reviewed)', () => {
    const unreviewed = operations()
      .filter((op) => op.roles === null && !PUBLIC_FIELDS.has(op.field.name))
      .map((op) => op.field.name);
    expect(unreviewed).toEqual([]);
  });

  it('gets nothing of the agency from the public fields', async () => {
    const portal = await portalSession(server, seed.contact);
    const res = await portal.gql(`{ me { user { id } } portalMe { client { id } } }`);
    expect(res.data).toEqual({ me: null, portalMe: { client: { id: seed.client.id } } });
  });

  it('is refused on every query and mutation that is not a portal one', async () => {
    const portal = await portalSession(server, seed.contact);
    const staffOnly = operations().filter((op) => op.roles !== null && !op.roles.includes(PORTAL));
    expect(staffOnly.length).toBeGreaterThan(60);
    const leaks: string[] = [];
    for (const op of staffOnly) {
      const { text, variables } = operationText(op.kind, op.field);
      const res = await portal.gql(text, variables);
      const code = codeOf(res);
      if (code !== 'FORBIDDEN' || res.data?.[op.field.name] != null)
        leaks.push(`${op.field.name}: ${code ?? 'answered'} ${res.errors?.[0]?.message ?? ''}`);
    }
    expect(leaks).toEqual([]);
  });

  it('reaches only Portal* types, none of which defines an internal field', () => {
    const portalOps = operations().filter((op) => op.roles?.includes(PORTAL));
    expect(portalOps.map((op) => op.field.name)).toEqual(
      expect.arrayContaining(['portalProjects', 'approveDeliverable', 'portalDocuments', 'portalTimeline']),
    );
    const seen = new Set<string>();
    const offending: string[] = [];
    const visit = (typeName: string) => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return;
      if (!typeName.startsWith('Portal')) offending.push(`${typeName} is not a portal type`);
      for (const field of Object.values(type.getFields())) {
        if (INTERNAL_FIELD.test(field.name)) offending.push(`${typeName}.${field.name}`);
        visit(getNamedType(field.type).name);
      }
    };
    for (const op of portalOps) visit(getNamedType(op.field.type).name);
    expect(offending).toEqual([]);
    expect(seen.has('PortalProject')).toBe(true);
  });
});

const Q = {
  project: `query($id: ID!) { portalProject(id: $id) { id } }`,
  projects: `{ portalProjects { id } }`,
  deliverable: `query($id: ID!) { portalDeliverable(id: $id) { id } }`,
  approve: `mutation($id: ID!) { approveDeliverable(id: $id) { id status } }`,
  changes: `mutation($id: ID!) { requestDeliverableChanges(id: $id, comment: "No") { id } }`,
  comments: `query($t: CommentTarget!, $id: ID!) { portalComments(target: $t, id: $id) { id } }`,
  comment: `mutation($t: CommentTarget!, $id: ID!) { addPortalComment(target: $t, id: $id, body: "hi") { id } }`,
  documents: `{ portalDocuments { id } }`,
  timeline: `{ portalTimeline { nodes { id } } }`,
};

describe("another client's rows", () => {
  it('are NOT_FOUND, in the same workspace and in another one', async () => {
    const portal = await portalSession(server, seed.contact);
    for (const other of [
      await seedPortalClient(server, a.workspace.id),
      await seedPortalClient(server, b.workspace.id),
    ]) {
      const results = await Promise.all([
        portal.gql(Q.project, { id: other.project.id }),
        portal.gql(Q.deliverable, { id: other.deliverable.id }),
        portal.gql(Q.approve, { id: other.deliverable.id }),
        portal.gql(Q.changes, { id: other.deliverable.id }),
        portal.gql(Q.comments, { t: 'DELIVERABLE', id: other.deliverable.id }),
        portal.gql(Q.comments, { t: 'TASK', id: other.visibleTask.id }),
        portal.gql(Q.comment, { t: 'TASK', id: other.visibleTask.id }),
        portal.gql(Q.comment, { t: 'DELIVERABLE', id: other.deliverable.id }),
      ]);
      expect(results.map(codeOf)).toEqual(Array(results.length).fill('NOT_FOUND'));
      const download = await fetch(`${server.url}/files/documents/${other.sharedDoc.id}`, {
        headers: { cookie: portal.cookieHeader() },
      });
      expect(download.status).toBe(404);
      const lists = JSON.stringify([
        (await portal.gql(Q.projects)).data,
        (await portal.gql(Q.documents)).data,
        (await portal.gql(Q.timeline)).data,
      ]);
      for (const id of [other.project.id, other.sharedDoc.id, ...other.events.map((e) => e.id)])
        expect(lists).not.toContain(id);
    }
  });
});

describe('contact roles narrow the portal', () => {
  it('shows a BILLING contact no projects, documents or timeline', async () => {
    const billing = await portalSession(server, await addContact(server, seed.client.id, a.workspace.id, 'BILLING'));
    for (const q of [Q.projects, Q.documents, Q.timeline]) expect(codeOf(await billing.gql(q))).toBe('FORBIDDEN');
    expect(codeOf(await billing.gql(Q.comments, { t: 'DELIVERABLE', id: seed.deliverable.id }))).toBe('FORBIDDEN');
  });

  it('lets an OBSERVER read but not approve or comment', async () => {
    const observer = await portalSession(server, await addContact(server, seed.client.id, a.workspace.id, 'OBSERVER'));
    expect((await observer.gql(Q.projects)).data.portalProjects).toHaveLength(2);
    expect(codeOf(await observer.gql(Q.approve, { id: seed.deliverable.id }))).toBe('FORBIDDEN');
    expect(codeOf(await observer.gql(Q.changes, { id: seed.deliverable.id }))).toBe('FORBIDDEN');
    expect(codeOf(await observer.gql(Q.comment, { t: 'DELIVERABLE', id: seed.deliverable.id }))).toBe('FORBIDDEN');
    const d = await observer.gql(`query($id: ID!) { portalDeliverable(id: $id) { canDecide } }`, {
      id: seed.deliverable.id,
    });
    expect(d.data.portalDeliverable.canDecide).toBe(false);
  });

  it('lets a TECHNICAL contact comment but not approve, and never see the budget', async () => {
    const technical = await portalSession(
      server,
      await addContact(server, seed.client.id, a.workspace.id, 'TECHNICAL'),
    );
    expect(codeOf(await technical.gql(Q.approve, { id: seed.deliverable.id }))).toBe('FORBIDDEN');
    expect(
      (await technical.gql(Q.comment, { t: 'DELIVERABLE', id: seed.deliverable.id })).data.addPortalComment.id,
    ).toBeDefined();
    const budget = await technical.gql(`{ portalProjects { budget { value } } }`);
    expect(budget.data.portalProjects.map((p: { budget: unknown }) => p.budget)).toEqual([null, null]);
  });
});

describe('portal settings', () => {
  it('hide a project that is not selected', async () => {
    const s = await seedPortalClient(server, a.workspace.id);
    await setPortalSettings(server, s.client.id, a.workspace.id, { allProjects: false, projectIds: [s.other.id] });
    const portal = await portalSession(server, s.contact);
    expect((await portal.gql(Q.projects)).data.portalProjects.map((p: { id: string }) => p.id)).toEqual([s.other.id]);
    expect(codeOf(await portal.gql(Q.project, { id: s.project.id }))).toBe('NOT_FOUND');
    expect(codeOf(await portal.gql(Q.comments, { t: 'TASK', id: s.visibleTask.id }))).toBe('NOT_FOUND');
    const download = await fetch(`${server.url}/files/documents/${s.deliverableFile.id}`, {
      headers: { cookie: portal.cookieHeader() },
    });
    expect(download.status).toBe(404);
  });

  it('end every session at once when the portal is disabled (or the contact loses access)', async () => {
    const s = await seedPortalClient(server, a.workspace.id);
    const portal = await portalSession(server, s.contact);
    expect((await portal.gql(Q.projects)).data.portalProjects).toHaveLength(2);
    await setPortalSettings(server, s.client.id, a.workspace.id, { enabled: false });
    for (const q of [Q.projects, Q.documents, Q.timeline]) expect(codeOf(await portal.gql(q))).toBe('UNAUTHENTICATED');
    const download = await fetch(`${server.url}/files/documents/${s.sharedDoc.id}`, {
      headers: { cookie: portal.cookieHeader() },
    });
    expect(download.status).toBe(401);

    await setPortalSettings(server, s.client.id, a.workspace.id, { enabled: true });
    await server.dataSource.getRepository(Contact).update(s.contact.id, { portalAccess: false });
    expect(codeOf(await portal.gql(Q.projects))).toBe('UNAUTHENTICATED');
    expect(codeOf(await new TestClient(server.url, 'portal').gql(Q.projects))).toBe('UNAUTHENTICATED');
  });
});
