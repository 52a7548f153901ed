import {
  createWorkspace,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import {
  addContact,
  ALL_PORTAL_PERMISSIONS,
  PDF,
  portalSession,
  seedPortalClient,
  setPortalSettings,
  type PortalSeed,
} from './portal-content.test-kit';

const PROJECTS = `{ portalProjects { id name status progress startDate milestones { name } tasks { title status } budget { value currency budgetHours }
  deliverables { title status canDecide } } }`;
const PROJECT = `query($id: ID!) { portalProject(id: $id) { id name } }`;
const APPROVE = `mutation($id: ID!, $c: String) { approveDeliverable(id: $id, comment: $c) { id status decidedAt decidedBy { kind name } canDecide } }`;
const CHANGES = `mutation($id: ID!, $c: String!) { requestDeliverableChanges(id: $id, comment: $c) { id status decisionComment } }`;
const STAFF_DELIVERABLE = `query($id: ID!) { deliverable(id: $id) { status decidedAt decidedBy { kind id name } decisions { status decidedBy { name } } } }`;
const COMMENTS = `query($t: CommentTarget!, $id: ID!) { portalComments(target: $t, id: $id) { body author { kind name } mine } }`;
const ADD_COMMENT = `mutation($t: CommentTarget!, $id: ID!, $b: String!) { addPortalComment(target: $t, id: $id, body: $b) { id body mine author { kind name } } }`;
const DOCS = `{ portalDocuments { id fileName category downloadUrl uploadedByMe } }`;
const TIMELINE = `query($first: Int, $after: String) { portalTimeline(first: $first, after: $after) { nodes { summary author { name } projectName } endCursor hasMore } }`;
const OPEN_FEEDBACK = `{ portalFeedbackRequest { id projectName answeredAt } }`;
const ANSWER = `mutation($id: ID!, $s: Int!, $c: String) { answerFeedback(id: $id, score: $s, comment: $c) { id answeredAt score } }`;
const REQUEST_FEEDBACK = `mutation($c: ID!, $p: ID) { requestFeedback(clientId: $c, projectId: $p) { id projectId answeredAt } }`;
const CLIENT_FEEDBACK = `query($c: ID!) { clientFeedback(clientId: $c) { nps answered { score comment category answeredBy { kind name } projectName } open { id requestedBy { name } } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let seed: PortalSeed;
let portal: TestClient;

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  server = await startTestServer({ maxUploadMb: 1 });
  a = await createWorkspace(server.dataSource, 'PortalContent');
  b = await createWorkspace(server.dataSource, 'OtherAgency');
});
afterAll(() => server.close());
beforeEach(async () => {
  seed = await seedPortalClient(server, a.workspace.id);
  portal = await portalSession(server, seed.contact);
});

const download = (caller: TestClient, id: string) =>
  fetch(`${server.url}/files/documents/${id}`, { headers: { cookie: caller.cookieHeader() } });

async function uploadAsPortal(
  caller: TestClient,
  name: string,
  bytes: Buffer,
  headers: Record<string, string> = { 'x-clientflow-app': 'portal' },
) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${server.url}/files/portal/documents`, {
    method: 'POST',
    body: form,
    headers: { ...headers, cookie: caller.cookieHeader() },
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('portal projects', () => {
  it('shows progress, milestones, client-visible tasks, deliverables and the budget with VIEW_BUDGET', async () => {
    const res = await portal.gql(PROJECTS);
    const website = res.data.portalProjects.find((p: { id: string }) => p.id === seed.project.id);
    expect(website).toMatchObject({
      name: 'Website',
      status: 'ACTIVE',
      progress: 50,
      startDate: '2026-01-05',
      milestones: [{ name: 'Launch' }],
      tasks: [{ title: 'Design homepage', status: 'DONE' }],
      budget: { value: 1_250_000, currency: 'USD', budgetHours: 100 },
      deliverables: [{ title: 'Homepage mockup', status: 'PENDING_APPROVAL', canDecide: true }],
    });
    expect(res.data.portalProjects).toHaveLength(2);
  });

  it('hides the budget without VIEW_BUDGET and tasks without VIEW_TASKS', async () => {
    await setPortalSettings(server, seed.client.id, a.workspace.id, { permissions: ['VIEW_PROJECTS'] });
    const res = await portal.gql(PROJECTS);
    expect(res.errors).toBeUndefined();
    expect(res.data.portalProjects[0]).toMatchObject({ tasks: null, budget: null });
  });

  it('shows only the selected projects, and everything of the others is NOT_FOUND', async () => {
    await setPortalSettings(server, seed.client.id, a.workspace.id, {
      allProjects: false,
      projectIds: [seed.project.id],
    });
    expect((await portal.gql(PROJECTS)).data.portalProjects.map((p: { id: string }) => p.id)).toEqual([
      seed.project.id,
    ]);
    expect(codeOf(await portal.gql(PROJECT, { id: seed.other.id }))).toBe('NOT_FOUND');
    expect(codeOf(await portal.gql(APPROVE, { id: seed.otherDeliverable.id }))).toBe('NOT_FOUND');
    expect((await portal.gql(DOCS)).data.portalDocuments.map((d: { fileName: string }) => d.fileName)).toEqual([
      'Contract.pdf',
    ]);
    expect((await download(portal, seed.otherProjectDoc.id)).status).toBe(404);
    const feed = (await portal.gql(TIMELINE, { first: 50 })).data.portalTimeline.nodes.map(
      (n: { summary: string }) => n.summary,
    );
    expect(feed).not.toContain('Rebrand kickoff');
  });
});

describe('approvals', () => {
  it('records an approval with the contact and the time, visible to the agency and on the timeline', async () => {
    const before = Date.now();
    const res = await portal.gql(APPROVE, { id: seed.deliverable.id, c: 'Looks great' });
    expect(res.data.approveDeliverable).toMatchObject({
      status: 'APPROVED',
      canDecide: false,
      decidedBy: { kind: 'CONTACT', name: seed.contact.name },
    });
    expect(new Date(res.data.approveDeliverable.decidedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const owner = await signIn(server, a.emails.OWNER);
    const staff = (await owner.gql(STAFF_DELIVERABLE, { id: seed.deliverable.id })).data.deliverable;
    expect(staff).toMatchObject({
      status: 'APPROVED',
      decidedBy: { kind: 'CONTACT', id: seed.contact.id, name: seed.contact.name },
    });
    expect(staff.decisions).toEqual([{ status: 'APPROVED', decidedBy: { name: seed.contact.name } }]);
    const feed = (await portal.gql(TIMELINE, { first: 5 })).data.portalTimeline.nodes;
    expect(feed[0]).toMatchObject({
      summary: expect.stringContaining('approved'),
      author: { name: seed.contact.name },
      projectName: 'Website',
    });

    expect(codeOf(await portal.gql(APPROVE, { id: seed.deliverable.id }))).toBe('CONFLICT');
  });

  it('requires a comment to request changes', async () => {
    const blank = await portal.gql(CHANGES, { id: seed.deliverable.id, c: '  ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const res = await portal.gql(CHANGES, { id: seed.deliverable.id, c: 'Bigger logo please' });
    expect(res.data.requestDeliverableChanges).toMatchObject({
      status: 'CHANGES_REQUESTED',
      decisionComment: 'Bigger logo please',
    });
  });
});

describe('comments', () => {
  it('lists only client-visible comments and adds client-visible ones as the contact', async () => {
    const list = await portal.gql(COMMENTS, { t: 'DELIVERABLE', id: seed.deliverable.id });
    expect(list.data.portalComments.map((c: { body: string }) => c.body)).toEqual(['Here is the first version']);
    const task = await portal.gql(COMMENTS, { t: 'TASK', id: seed.visibleTask.id });
    expect(task.data.portalComments.map((c: { body: string }) => c.body)).toEqual(['Done, see the mockup']);

    const added = await portal.gql(ADD_COMMENT, { t: 'TASK', id: seed.visibleTask.id, b: 'Thanks!' });
    expect(added.data.addPortalComment).toMatchObject({
      body: 'Thanks!',
      mine: true,
      author: { kind: 'CONTACT', name: seed.contact.name },
    });
    const owner = await signIn(server, a.emails.OWNER);
    const staff = await owner.gql(
      `query($id: ID!) { comments(target: TASK, id: $id) { body internal author { kind } } }`,
      { id: seed.visibleTask.id },
    );
    expect(staff.data.comments).toContainEqual({ body: 'Thanks!', internal: false, author: { kind: 'CONTACT' } });
  });

  it('treats internal tasks as missing and validates the body', async () => {
    expect(codeOf(await portal.gql(COMMENTS, { t: 'TASK', id: seed.internalTask.id }))).toBe('NOT_FOUND');
    expect(codeOf(await portal.gql(ADD_COMMENT, { t: 'TASK', id: seed.internalTask.id, b: 'hi' }))).toBe('NOT_FOUND');
    const empty = await portal.gql(ADD_COMMENT, { t: 'DELIVERABLE', id: seed.deliverable.id, b: ' ' });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('documents', () => {
  it('lists shared documents and downloads only what the portal may show', async () => {
    const docs = (await portal.gql(DOCS)).data.portalDocuments;
    expect(docs.map((d: { fileName: string }) => d.fileName).sort()).toEqual(['Contract.pdf', 'Rebrand brief.pdf']);
    const ok = await download(portal, seed.sharedDoc.id);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(PDF);
    expect((await download(portal, seed.internalDoc.id)).status).toBe(404);
    expect((await download(portal, seed.deliverableFile.id)).status).toBe(200);
  });

  it('refuses downloads without VIEW_DOCUMENTS', async () => {
    await setPortalSettings(server, seed.client.id, a.workspace.id, { permissions: ['VIEW_PROJECTS'] });
    expect((await download(portal, seed.sharedDoc.id)).status).toBe(404);
    expect((await download(portal, seed.deliverableFile.id)).status).toBe(200);
    expect(codeOf(await portal.gql(DOCS))).toBe('FORBIDDEN');
  });

  it('uploads with UPLOAD_FILES through the admin checks, shared with the agency', async () => {
    const res = await uploadAsPortal(portal, 'Brief.pdf', PDF);
    expect(res.status).toBe(201);
    const docs = (await portal.gql(DOCS)).data.portalDocuments;
    expect(docs[0]).toMatchObject({ fileName: 'Brief.pdf', uploadedByMe: true });
    const owner = await signIn(server, a.emails.OWNER);
    const staff = await owner.gql(
      `query($c: ID!) { clientDocuments(clientId: $c) { fileName portalVisible uploadedBy { kind name } } }`,
      { c: seed.client.id },
    );
    expect(staff.data.clientDocuments).toContainEqual({
      fileName: 'Brief.pdf',
      portalVisible: true,
      uploadedBy: { kind: 'CONTACT', name: seed.contact.name },
    });

    expect((await uploadAsPortal(portal, 'evil.pdf', Buffer.from('MZ\x90\x00 not a pdf'))).status).toBe(400);
    expect((await uploadAsPortal(portal, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 1)]))).status).toBe(
      413,
    );
    expect((await uploadAsPortal(portal, 'Brief.pdf', PDF, {})).status).toBe(400);
    expect((await uploadAsPortal(new TestClient(server.url, 'portal'), 'Brief.pdf', PDF)).status).toBe(401);
  });

  it('refuses uploads without UPLOAD_FILES, storing nothing', async () => {
    await setPortalSettings(server, seed.client.id, a.workspace.id, {
      permissions: ALL_PORTAL_PERMISSIONS.filter((p) => p !== 'UPLOAD_FILES'),
    });
    const res = await uploadAsPortal(portal, 'Brief.pdf', PDF);
    expect(res.status).toBe(403);
    expect((await portal.gql(DOCS)).data.portalDocuments).toHaveLength(2);
  });
});

describe('portal timeline', () => {
  it('pages through portal-visible events only, newest first', async () => {
    const first = (await portal.gql(TIMELINE, { first: 3 })).data.portalTimeline;
    expect(first.hasMore).toBe(true);
    const second = (await portal.gql(TIMELINE, { first: 50, after: first.endCursor })).data.portalTimeline;
    const all = [...first.nodes, ...second.nodes].map((n: { summary: string }) => n.summary);
    expect(all).toEqual([
      'Rebrand kickoff',
      'Shared update 0',
      'Shared update 1',
      'Shared update 2',
      'Shared update 3',
      'Shared update 4',
    ]);
    expect(second.hasMore).toBe(false);
    expect(codeOf(await portal.gql(TIMELINE, { first: 500 }))).toBe('BAD_USER_INPUT');
  });
});

describe('NPS feedback', () => {
  it('is requested by staff, answered once in the portal and summarised on the client profile', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    expect((await portal.gql(OPEN_FEEDBACK)).data.portalFeedbackRequest).toBeNull();
    const req = (await owner.gql(REQUEST_FEEDBACK, { c: seed.client.id })).data.requestFeedback;
    expect(codeOf(await owner.gql(REQUEST_FEEDBACK, { c: seed.client.id }))).toBe('CONFLICT');
    expect((await portal.gql(OPEN_FEEDBACK)).data.portalFeedbackRequest.id).toBe(req.id);

    expect((await portal.gql(ANSWER, { id: req.id, s: 11 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'score',
    });
    const answered = await portal.gql(ANSWER, { id: req.id, s: 9, c: 'Fast and friendly' });
    expect(answered.data.answerFeedback).toMatchObject({ score: 9, answeredAt: expect.any(String) });
    expect(codeOf(await portal.gql(ANSWER, { id: req.id, s: 2 }))).toBe('CONFLICT');
    // A second contact of the same client cannot answer it again either.
    const colleague = await portalSession(
      server,
      await addContact(server, seed.client.id, a.workspace.id, 'TECHNICAL'),
    );
    expect(codeOf(await colleague.gql(ANSWER, { id: req.id, s: 2 }))).toBe('CONFLICT');
    expect((await portal.gql(OPEN_FEEDBACK)).data.portalFeedbackRequest).toBeNull();

    const summary = (await owner.gql(CLIENT_FEEDBACK, { c: seed.client.id })).data.clientFeedback;
    expect(summary).toEqual({
      nps: 100,
      answered: [
        {
          score: 9,
          comment: 'Fast and friendly',
          category: 'PROMOTER',
          answeredBy: { kind: 'CONTACT', name: seed.contact.name },
          projectName: null,
        },
      ],
      open: [],
    });
  });

  it('is requested automatically when a project is completed', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const done = await owner.gql(`mutation($id: ID!) { changeProjectStatus(id: $id, status: COMPLETED) { status } }`, {
      id: seed.project.id,
    });
    expect(done.data.changeProjectStatus.status).toBe('COMPLETED');
    expect((await portal.gql(OPEN_FEEDBACK)).data.portalFeedbackRequest).toMatchObject({
      projectName: 'Website',
      answeredAt: null,
    });
    const summary = (await owner.gql(CLIENT_FEEDBACK, { c: seed.client.id })).data.clientFeedback;
    expect(summary.open).toEqual([{ id: expect.any(String), requestedBy: null }]);
  });

  it('keeps feedback inside its workspace and needs client.edit to request', async () => {
    const outsider = await signIn(server, b.emails.OWNER);
    expect(codeOf(await outsider.gql(CLIENT_FEEDBACK, { c: seed.client.id }))).toBe('NOT_FOUND');
    expect(codeOf(await outsider.gql(REQUEST_FEEDBACK, { c: seed.client.id }))).toBe('NOT_FOUND');
    const member = await signIn(server, a.emails.MEMBER);
    // MEMBER is not this client's account manager: the client does not exist for them.
    expect(codeOf(await member.gql(REQUEST_FEEDBACK, { c: seed.client.id }))).toBe('NOT_FOUND');
    const manager = await signIn(server, a.emails.MANAGER);
    expect(
      (await manager.gql(REQUEST_FEEDBACK, { c: seed.client.id, p: seed.project.id })).data.requestFeedback.projectId,
    ).toBe(seed.project.id);
    const req = (await manager.gql(REQUEST_FEEDBACK, { c: seed.client.id, p: seed.other.id })).data.requestFeedback;
    const otherAgency = await seedPortalClient(server, b.workspace.id);
    const stranger = await portalSession(server, otherAgency.contact);
    expect(codeOf(await stranger.gql(ANSWER, { id: req.id, s: 5 }))).toBe('NOT_FOUND');
    expect(codeOf(await manager.gql(REQUEST_FEEDBACK, { c: seed.client.id, p: otherAgency.project.id }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
