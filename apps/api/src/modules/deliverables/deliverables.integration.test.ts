import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { TenantScope } from '../../platform/db/tenant-scope';
import { Contact } from '../clients/contact.entity';
import { Project } from '../projects/project.entity';
import { Task } from '../projects/task.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const FIELDS = `id projectId clientId title description status version dueDate decisionComment projectName
  decidedBy { kind name } decisions { version status comment decidedBy { kind name } }
  files { fileName version } comments { body internal author { kind name } }`;
const LIST = `query($p: ID!) { projectDeliverables(projectId: $p) { id title status version } }`;
const GET = `query($id: ID!) { deliverable(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($i: CreateDeliverableInput!) { createDeliverable(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateDeliverableInput!) { updateDeliverable(id: $id, input: $i) { id title description dueDate } }`;
const DELETE = `mutation($id: ID!) { deleteDeliverable(id: $id) }`;
const SUBMIT = `mutation($id: ID!, $n: String) { submitDeliverableVersion(id: $id, note: $n) { id status version decidedBy { name } } }`;
const DECIDE = `mutation($id: ID!, $d: DeliverableDecision!, $c: String) { decideDeliverable(id: $id, decision: $d, comment: $c) { id status version decisionComment decidedBy { kind name } } }`;
const COMMENTS = `query($t: CommentTarget!, $id: ID!) { comments(target: $t, id: $id) { id body internal canEdit author { kind name } } }`;
const ADD_COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id body internal canEdit author { kind name } } }`;
const UPDATE_COMMENT = `mutation($id: ID!, $i: UpdateCommentInput!) { updateComment(id: $id, input: $i) { id body internal } }`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(id: $id) }`;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

let server: TestServer;
let ds: DataSource;
let a: TestWorkspace;
let b: TestWorkspace;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-deliv-'));
  server = await startTestServer({ dataDir, maxUploadMb: 1 });
  ds = server.dataSource;
  a = await createWorkspace(ds, 'Alpha');
  b = await createWorkspace(ds, 'Beta');
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function insertProject(ws: TestWorkspace, clientData: Record<string, unknown> = {}) {
  const client = await insertClient(ds, ws.workspace.id, clientData, [
    { name: 'Carla Contact', email: `c-${Date.now()}@x.test` },
  ]);
  const project = await ds
    .getRepository(Project)
    .save(ds.getRepository(Project).create({ workspaceId: ws.workspace.id, clientId: client.id, name: 'Website' }));
  const contact = await ds.getRepository(Contact).findOneByOrFail({ clientId: client.id });
  return { client, project, contact };
}

async function createDeliverable(caller: TestClient, projectId: string, title = 'Homepage design') {
  const res = await caller.gql(CREATE, { i: { projectId, title, description: 'First pass', dueDate: '2026-12-01' } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createDeliverable;
}

async function uploadFiles(caller: TestClient | null, id: string, names: string[], app = 'admin') {
  const form = new FormData();
  for (const n of names) form.append('files', new Blob([new Uint8Array(PDF)]), n);
  const res = await fetch(`${server.url}/files/deliverables/${id}/files`, {
    method: 'POST',
    body: form,
    headers: { 'x-clientflow-app': app, cookie: caller?.cookieHeader() ?? '' },
  });
  return { status: res.status, body: (await res.json()) as any };
}

const codeOf = (res: { errors?: { extensions?: { code?: string; field?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

describe('deliverable approval flow', () => {
  it('creates, decides, versions and keeps the history of every version, with timeline events', async () => {
    const { project, client } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    expect(d).toMatchObject({
      status: 'PENDING_APPROVAL',
      version: 1,
      clientId: client.id,
      projectName: 'Website',
      decisions: [],
      files: [],
    });

    const changes = await owner.gql(DECIDE, { id: d.id, d: 'CHANGES_REQUESTED', c: 'Bigger logo' });
    expect(changes.data.decideDeliverable).toMatchObject({
      status: 'CHANGES_REQUESTED',
      decisionComment: 'Bigger logo',
      decidedBy: { kind: 'USER', name: a.users.OWNER.name },
    });

    const v2 = await owner.gql(SUBMIT, { id: d.id, n: 'Logo enlarged' });
    expect(v2.data.submitDeliverableVersion).toEqual({
      id: d.id,
      status: 'PENDING_APPROVAL',
      version: 2,
      decidedBy: null,
    });

    await owner.gql(DECIDE, { id: d.id, d: 'APPROVED' });
    const full = (await owner.gql(GET, { id: d.id })).data.deliverable;
    expect(full.status).toBe('APPROVED');
    expect(full.decisions).toEqual([
      { version: 2, status: 'APPROVED', comment: null, decidedBy: { kind: 'USER', name: a.users.OWNER.name } },
      {
        version: 1,
        status: 'CHANGES_REQUESTED',
        comment: 'Bigger logo',
        decidedBy: { kind: 'USER', name: a.users.OWNER.name },
      },
    ]);
    expect(full.comments).toEqual([
      { body: 'Version 2: Logo enlarged', internal: false, author: { kind: 'USER', name: a.users.OWNER.name } },
    ]);

    const events = await ds
      .getRepository(TimelineEvent)
      .find({ where: { clientId: client.id }, order: { occurredAt: 'ASC' } });
    expect(events.map((e) => [e.type, e.projectId, e.summary])).toEqual([
      ['PROJECT', project.id, '“Homepage design” v1: changes requested'],
      ['PROJECT', project.id, 'Version 2 of “Homepage design” submitted for approval'],
      ['PROJECT', project.id, '“Homepage design” v2: approved'],
    ]);

    expect((await owner.gql(LIST, { p: project.id })).data.projectDeliverables).toEqual([
      { id: d.id, title: 'Homepage design', status: 'APPROVED', version: 2 },
    ]);
  });

  it('refuses a second decision for the same version and changes without a comment', async () => {
    const { project } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    const noComment = await owner.gql(DECIDE, { id: d.id, d: 'CHANGES_REQUESTED', c: '  ' });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    await owner.gql(DECIDE, { id: d.id, d: 'APPROVED' });
    expect(codeOf(await owner.gql(DECIDE, { id: d.id, d: 'APPROVED' }))).toBe('CONFLICT');
    expect(codeOf(await owner.gql(DECIDE, { id: d.id, d: 'CHANGES_REQUESTED', c: 'late' }))).toBe('CONFLICT');
    expect((await owner.gql(GET, { id: d.id })).data.deliverable.decisions).toHaveLength(1);
  });

  it('validates input, naming the field', async () => {
    const { project } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const blank = await owner.gql(CREATE, { i: { projectId: project.id, title: '   ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const badDate = await owner.gql(CREATE, { i: { projectId: project.id, title: 'x', dueDate: '2026-02-30' } });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    const d = await createDeliverable(owner, project.id);
    const updated = await owner.gql(UPDATE, { id: d.id, i: { title: 'Renamed', description: null, dueDate: null } });
    expect(updated.data.updateDeliverable).toEqual({ id: d.id, title: 'Renamed', description: null, dueDate: null });
    expect((await owner.gql(DELETE, { id: d.id })).data.deleteDeliverable).toBe(true);
    expect(codeOf(await owner.gql(GET, { id: d.id }))).toBe('NOT_FOUND');
  });
});

describe('deliverable files', () => {
  it('uploads through the documents pipeline and lists files by version', async () => {
    const { project } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    const up = await uploadFiles(owner, d.id, ['v1.pdf']);
    expect(up.status).toBe(201);
    expect(up.body.documents).toEqual([
      expect.objectContaining({ fileName: 'v1.pdf', version: 1, contentType: 'application/pdf' }),
    ]);
    await owner.gql(SUBMIT, { id: d.id });
    await uploadFiles(owner, d.id, ['v2.pdf']);
    const files = (await owner.gql(GET, { id: d.id })).data.deliverable.files;
    expect(files).toEqual([
      { fileName: 'v2.pdf', version: 2 },
      { fileName: 'v1.pdf', version: 1 },
    ]);

    const lying = await uploadFiles(owner, d.id, ['evil.png']);
    expect(lying.status).toBe(400);
    expect(lying.body.error.field).toBe('files');
    expect((await uploadFiles(owner, d.id, ['x.pdf'], 'portal')).status).toBe(400);
    expect((await uploadFiles(null, d.id, ['x.pdf'])).status).toBe(401);
    const viewer = await signIn(server, a.emails.MEMBER);
    expect((await uploadFiles(viewer, d.id, ['x.pdf'])).status).toBe(404);
    const other = await signIn(server, b.emails.OWNER);
    expect((await uploadFiles(other, d.id, ['x.pdf'])).status).toBe(404);
  });
});

describe('comments', () => {
  it('adds internal and client-visible comments; only authors (or workspace.manage) edit or delete', async () => {
    const { project } = await insertProject(a);
    const admin = await signIn(server, a.emails.ADMIN);
    const d = await createDeliverable(admin, project.id);
    const internal = (await admin.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'Check fonts' } }))
      .data.addComment;
    expect(internal).toMatchObject({
      internal: true,
      canEdit: true,
      author: { kind: 'USER', name: a.users.ADMIN.name },
    });
    const visible = (
      await admin.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'Ready for you', internal: false } })
    ).data.addComment;
    expect(visible.internal).toBe(false);

    const tooLong = await admin.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'x'.repeat(5001) } });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const blank = await admin.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: '   ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    // A manager (no workspace.manage) cannot change the admin's comment; the owner can.
    const manager = await signIn(server, a.emails.MANAGER);
    const seen = (await manager.gql(COMMENTS, { t: 'DELIVERABLE', id: d.id })).data.comments;
    expect(seen.map((c: { canEdit: boolean }) => c.canEdit)).toEqual([false, false]);
    expect(codeOf(await manager.gql(UPDATE_COMMENT, { id: internal.id, i: { body: 'mine now' } }))).toBe('FORBIDDEN');
    expect(codeOf(await manager.gql(DELETE_COMMENT, { id: internal.id }))).toBe('FORBIDDEN');
    expect(
      (await admin.gql(UPDATE_COMMENT, { id: internal.id, i: { body: 'Check fonts again', internal: false } })).data
        .updateComment,
    ).toEqual({ id: internal.id, body: 'Check fonts again', internal: false });
    const owner = await signIn(server, a.emails.OWNER);
    expect((await owner.gql(DELETE_COMMENT, { id: visible.id })).data.deleteComment).toBe(true);
    expect((await owner.gql(COMMENTS, { t: 'DELIVERABLE', id: d.id })).data.comments).toHaveLength(1);
  });

  it('comments on tasks too', async () => {
    const { project, client } = await insertProject(a);
    const task = await ds
      .getRepository(Task)
      .save(
        ds
          .getRepository(Task)
          .create({ workspaceId: a.workspace.id, projectId: project.id, clientId: client.id, title: 'Wireframes' }),
      );
    const owner = await signIn(server, a.emails.OWNER);
    await owner.gql(ADD_COMMENT, { i: { target: 'TASK', id: task.id, body: 'On it' } });
    expect((await owner.gql(COMMENTS, { t: 'TASK', id: task.id })).data.comments).toEqual([
      expect.objectContaining({ body: 'On it', internal: true }),
    ]);
    expect(codeOf(await owner.gql(COMMENTS, { t: 'DELIVERABLE', id: task.id }))).toBe('NOT_FOUND');
  });
});

describe('portal contacts (service level)', () => {
  it('records a contact decision and contact comments that are always client-visible', async () => {
    const { project, client, contact } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    await owner.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'internal only' } });
    const portal = new TenantScope(ds.manager, a.workspace.id, client.id);
    const { deliverables, comments } = server.app.services;

    const byContact = { kind: 'CONTACT' as const, contactId: contact.id };
    const decided = await deliverables.decide(
      portal,
      d.id,
      { decision: 'CHANGES_REQUESTED', comment: 'Use our blue' },
      byContact,
    );
    expect(decided).toMatchObject({
      status: 'CHANGES_REQUESTED',
      decidedByContactId: contact.id,
      decidedByUserId: null,
    });
    const comment = await comments.add(portal, byContact, {
      target: 'DELIVERABLE',
      id: d.id,
      body: 'Thanks!',
      internal: true,
    });
    expect(comment.internal).toBe(false);
    expect((await comments.list(portal, 'DELIVERABLE', d.id)).map((c) => c.body)).toEqual(['Thanks!']);

    const full = (await owner.gql(GET, { id: d.id })).data.deliverable;
    expect(full.decidedBy).toEqual({ kind: 'CONTACT', name: 'Carla Contact' });
    expect(full.decisions[0]).toMatchObject({
      status: 'CHANGES_REQUESTED',
      decidedBy: { kind: 'CONTACT', name: 'Carla Contact' },
    });
    expect(full.comments.map((c: { body: string; internal: boolean }) => [c.body, c.internal])).toEqual([
      ['internal only', true],
      ['Thanks!', false],
    ]);
    const event = await ds
      .getRepository(TimelineEvent)
      .findOneByOrFail({ clientId: client.id, authorContactId: contact.id });
    expect(event).toMatchObject({ type: 'PROJECT', portalVisible: true });

    // Another client's portal session does not reach it.
    const { client: otherClient } = await insertProject(a);
    const elsewhere = new TenantScope(ds.manager, a.workspace.id, otherClient.id);
    await expect(deliverables.decide(elsewhere, d.id, { decision: 'APPROVED' }, byContact)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(comments.list(elsewhere, 'DELIVERABLE', d.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('dashboard queries', () => {
  it('counts deliverables awaiting approval and lists open ones due in a range', async () => {
    const ws = await createWorkspace(ds, 'Dash');
    const { project } = await insertProject(ws);
    const owner = await signIn(server, ws.emails.OWNER);
    const d1 = await createDeliverable(owner, project.id, 'One');
    const d2 = await createDeliverable(owner, project.id, 'Two');
    await owner.gql(UPDATE, { id: d2.id, i: { dueDate: '2026-12-20' } });
    const d3 = await createDeliverable(owner, project.id, 'Three');
    await owner.gql(DECIDE, { id: d3.id, d: 'APPROVED' });
    const scope = new TenantScope(ds.manager, ws.workspace.id);
    const { deliverables } = server.app.services;
    expect(await deliverables.countAwaitingApproval(scope)).toBe(2);
    expect((await deliverables.dueBetween(scope, '2026-11-30', '2026-12-10')).map((d) => d.id)).toEqual([d1.id]);
    expect((await deliverables.dueBetween(scope, '2026-12-01', '2026-12-31')).map((d) => d.title)).toEqual([
      'One',
      'Two',
    ]);
    await expect(deliverables.dueBetween(scope, '2026-12-31', '2026-12-01')).rejects.toMatchObject({ field: 'to' });
    expect(await deliverables.countAwaitingApproval(new TenantScope(ds.manager, b.workspace.id))).toBe(0);
  });
});

describe('scoping and roles', () => {
  it('hides deliverables of unmanaged clients from MEMBERs, and shows managed ones', async () => {
    const { project } = await insertProject(a);
    const managed = await insertProject(a, { accountManagerId: a.users.MEMBER.id });
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    const mine = await createDeliverable(owner, managed.project.id);
    const member = await signIn(server, a.emails.MEMBER);
    expect(codeOf(await member.gql(GET, { id: d.id }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(LIST, { p: project.id }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(CREATE, { i: { projectId: project.id, title: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(DECIDE, { id: d.id, d: 'APPROVED' }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(SUBMIT, { id: d.id }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(COMMENTS, { t: 'DELIVERABLE', id: d.id }))).toBe('NOT_FOUND');
    expect(codeOf(await member.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'hi' } }))).toBe(
      'NOT_FOUND',
    );
    expect((await member.gql(GET, { id: mine.id })).data.deliverable.id).toBe(mine.id);
    expect((await member.gql(DECIDE, { id: mine.id, d: 'APPROVED' })).data.decideDeliverable.status).toBe('APPROVED');
  });

  it('isolates workspaces on every query, mutation and field', async () => {
    const { project } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    const comment = (await owner.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'secret' } })).data
      .addComment;
    const other = await signIn(server, b.emails.OWNER);
    const results = await Promise.all([
      other.gql(LIST, { p: project.id }),
      other.gql(GET, { id: d.id }),
      other.gql(CREATE, { i: { projectId: project.id, title: 'x' } }),
      other.gql(UPDATE, { id: d.id, i: { title: 'x' } }),
      other.gql(DELETE, { id: d.id }),
      other.gql(SUBMIT, { id: d.id }),
      other.gql(DECIDE, { id: d.id, d: 'APPROVED' }),
      other.gql(COMMENTS, { t: 'DELIVERABLE', id: d.id }),
      other.gql(ADD_COMMENT, { i: { target: 'DELIVERABLE', id: d.id, body: 'x' } }),
      other.gql(UPDATE_COMMENT, { id: comment.id, i: { body: 'x' } }),
      other.gql(DELETE_COMMENT, { id: comment.id }),
    ]);
    expect(results.map(codeOf)).toEqual(Array(results.length).fill('NOT_FOUND'));
    const still = (await owner.gql(GET, { id: d.id })).data.deliverable;
    expect(still).toMatchObject({ title: 'Homepage design', status: 'PENDING_APPROVAL', version: 1 });
    expect(still.comments).toEqual([expect.objectContaining({ body: 'secret' })]);
  });

  it('refuses anonymous callers and portal sessions on the staff API', async () => {
    const { project, client, contact } = await insertProject(a);
    const owner = await signIn(server, a.emails.OWNER);
    const d = await createDeliverable(owner, project.id);
    expect(codeOf(await new TestClient(server.url).gql(GET, { id: d.id }))).toBe('UNAUTHENTICATED');
    await ds.getRepository(Contact).update(contact.id, { portalAccess: true });
    const token = await server.app.services.tokens.sign({
      kind: 'portal',
      sub: contact.id,
      cid: client.id,
      ws: a.workspace.id,
    });
    const portal = new TestClient(server.url, 'portal');
    portal.setCookie('cf_portal', token);
    for (const [q, v] of [
      [GET, { id: d.id }],
      [DECIDE, { id: d.id, d: 'APPROVED' }],
      [COMMENTS, { t: 'DELIVERABLE', id: d.id }],
    ] as const) {
      expect(codeOf(await portal.gql(q, v))).toBe('FORBIDDEN');
    }
  });
});
