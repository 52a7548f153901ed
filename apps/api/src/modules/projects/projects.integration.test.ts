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
import { Deliverable } from '../deliverables/deliverable.entity';
import { TimeEntry } from '../time/time-entry.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { Milestone } from './milestone.entity';
import { Task } from './task.entity';

const FIELDS = `id clientId name status type value hourlyRate startDate estimatedEndDate progress minutesSpent hoursSpent overdue allowedTransitions client { id name }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: ProjectStatus!) { changeProjectStatus(id: $id, status: $status) { id status completedAt } }`;
const LINK = `mutation($p: ID!, $c: ID!) { linkProjectToClient(projectId: $p, clientId: $c) { id clientId } }`;
const UNLINK = `mutation($p: ID!) { unlinkProject(projectId: $p) { id clientId } }`;
const DELETE = `mutation($id: ID!) { deleteProject(id: $id) }`;
const LIST = `query($filter: ProjectFilter, $sort: ProjectSort, $page: PageInput) {
  projects(filter: $filter, sort: $sort, page: $page) { totalCount hasMore nodes { ${FIELDS} } }
}`;
const GET = `query($id: ID!) { project(id: $id) { ${FIELDS} tasks { id title status position completedAt assignee { id } clientVisible } milestones { id name done doneAt } } }`;
const CLIENT_PROJECTS = `query($id: ID!) { client(id: $id) { id activeProjectCount totalValue projects { id name } } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id title status position completedAt assignee { id } } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id status completedAt clientVisible } }`;
const MOVE_TASK = `mutation($id: ID!, $position: Int!) { moveTask(id: $id, position: $position) { id tasks { id title position } } }`;
const DELETE_TASK = `mutation($id: ID!) { deleteTask(id: $id) }`;
const CREATE_MS = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id name done doneAt } }`;
const UPDATE_MS = `mutation($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id name done doneAt } }`;
const DELETE_MS = `mutation($id: ID!) { deleteMilestone(id: $id) }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let owner: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'ProjA');
  b = await createWorkspace(server.dataSource, 'ProjB');
  owner = await signIn(server, a.emails.OWNER);
});
afterAll(() => server.close());

const counters = async (clientId: string) => {
  const c = await server.dataSource.getRepository(Client).findOneByOrFail({ id: clientId });
  return { active: c.activeProjectCount, total: c.totalValue };
};
const projectEvents = (clientId: string) =>
  server.dataSource
    .getRepository(TimelineEvent)
    .find({ where: { clientId, type: 'PROJECT' }, order: { occurredAt: 'ASC' } });

async function makeProject(clientId: string, extra: Record<string, unknown> = {}, as = owner) {
  const res = await as.gql(CREATE, { input: { clientId, name: 'Website', value: 500_00, ...extra } });
  expect(res.errors).toBeUndefined();
  return res.data.createProject as { id: string };
}

describe('creating projects', () => {
  it('creates a project for an existing client, with a PROJECT event and counters', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const res = await owner.gql(CREATE, {
      input: {
        clientId: client.id,
        name: 'Brand refresh',
        type: 'DESIGN',
        value: 1200_00,
        startDate: '2026-01-01',
        estimatedEndDate: '2026-03-01',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createProject).toMatchObject({
      name: 'Brand refresh',
      status: 'ACTIVE',
      type: 'DESIGN',
      value: 1200_00,
      progress: 0,
      minutesSpent: 0,
      client: { id: client.id },
      allowedTransitions: ['PAUSED', 'COMPLETED', 'CANCELLED'],
    });
    expect(await counters(client.id)).toEqual({ active: 1, total: 1200_00 });
    const events = await projectEvents(client.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      projectId: res.data.createProject.id,
      summary: 'Project "Brand refresh" started',
    });
    // Written by the domain action, so nobody can edit or delete it from the timeline.
    expect(events[0].metadata).toMatchObject({ source: 'projects' });
    const edit = await owner.gql(`mutation($id: ID!) { deleteTimelineEntry(id: $id) }`, { id: events[0].id });
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates the client from the form in the same transaction', async () => {
    const res = await owner.gql(CREATE, {
      input: {
        name: 'App',
        newClient: { name: 'Fresh Co', email: 'hi@fresh.example', contactName: 'Fay', status: 'ACTIVE' },
        value: 10_00,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createProject.client.name).toBe('Fresh Co');
    expect(await counters(res.data.createProject.client.id)).toEqual({ active: 1, total: 10_00 });
  });

  it('leaves no client behind when the project is invalid, and names the field', async () => {
    const count = () =>
      server.dataSource.getRepository(Client).countBy({ workspaceId: a.workspace.id, name: 'Ghost Co' });
    const bad = await owner.gql(CREATE, {
      input: { name: 'X', newClient: { name: 'Ghost Co', email: 'g@ghost.example' }, billingMode: 'HOURLY' },
    });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'hourlyRate' });
    const badDates = await owner.gql(CREATE, {
      input: {
        name: 'X',
        newClient: { name: 'Ghost Co', email: 'g@ghost.example' },
        startDate: '2026-05-01',
        estimatedEndDate: '2026-04-01',
      },
    });
    expect(badDates.errors?.[0].extensions?.field).toBe('estimatedEndDate');
    const badEmail = await owner.gql(CREATE, { input: { name: 'X', newClient: { name: 'Ghost Co', email: 'nope' } } });
    expect(badEmail.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newClient.email' });
    expect(await count()).toBe(0);
  });

  it('needs exactly one of clientId and newClient', async () => {
    const none = await owner.gql(CREATE, { input: { name: 'X' } });
    expect(none.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'clientId' });
  });
});

describe('updating projects', () => {
  it('validates and names the field', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const p = await makeProject(client.id, { startDate: '2026-02-01' });
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ estimatedEndDate: '2026-01-01' }, 'estimatedEndDate'],
      [{ startDate: 'tomorrow' }, 'startDate'],
      [{ value: -1 }, 'value'],
      [{ billingMode: 'HOURLY' }, 'hourlyRate'],
      [{ budgetMinutes: -10 }, 'budgetMinutes'],
      [{ progressOverride: 101 }, 'progressOverride'],
    ];
    for (const [input, field] of cases) {
      const res = await owner.gql(UPDATE, { id: p.id, input });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const ok = await owner.gql(UPDATE, {
      id: p.id,
      input: { value: 900_00, billingMode: 'HOURLY', hourlyRate: 80_00, progressOverride: 40 },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateProject).toMatchObject({ value: 900_00, hourlyRate: 80_00, progress: 40 });
    expect(await counters(client.id)).toEqual({ active: 1, total: 900_00 });
  });
});

describe('status changes', () => {
  it('follows the transition table, writes PROJECT events and keeps counters right', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const p = await makeProject(client.id, { value: 100 });
    const p2 = await makeProject(client.id, { value: 50 });
    expect(await counters(client.id)).toEqual({ active: 2, total: 150 });

    const paused = await owner.gql(STATUS, { id: p.id, status: 'PAUSED' });
    expect(paused.data.changeProjectStatus.status).toBe('PAUSED');
    expect(await counters(client.id)).toEqual({ active: 1, total: 150 });

    const done = await owner.gql(STATUS, { id: p.id, status: 'COMPLETED' });
    expect(done.data.changeProjectStatus.completedAt).not.toBeNull();
    const badMove = await owner.gql(STATUS, { id: p.id, status: 'PAUSED' });
    expect(badMove.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    const reopened = await owner.gql(STATUS, { id: p.id, status: 'ACTIVE' });
    expect(reopened.data.changeProjectStatus).toMatchObject({ status: 'ACTIVE', completedAt: null });

    await owner.gql(STATUS, { id: p2.id, status: 'CANCELLED' });
    expect(await counters(client.id)).toEqual({ active: 1, total: 100 });
    const stuck = await owner.gql(STATUS, { id: p2.id, status: 'ACTIVE' });
    expect(stuck.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const summaries = (await projectEvents(client.id)).map((e) => e.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Project "Website" paused',
        'Project "Website" completed',
        'Project "Website" reopened',
        'Project "Website" cancelled',
      ]),
    );
    expect(summaries).toHaveLength(6);
  });

  it('updates counters on delete and needs client.delete', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const p = await makeProject(client.id, { value: 300 });
    const manager = await signIn(server, a.emails.MANAGER);
    expect((await manager.gql(DELETE, { id: p.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.gql(DELETE, { id: p.id })).data.deleteProject).toBe(true);
    expect(await counters(client.id)).toEqual({ active: 0, total: 0 });
    expect((await owner.gql(GET, { id: p.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('linking', () => {
  it('moves the project and every child clientId, with events on both clients', async () => {
    const from = await insertClient(server.dataSource, a.workspace.id, { name: 'From Co' });
    const to = await insertClient(server.dataSource, a.workspace.id, { name: 'To Co' });
    const p = await makeProject(from.id, { value: 700 });
    const task = (await owner.gql(CREATE_TASK, { input: { projectId: p.id, title: 'Wireframes' } })).data.createTask;
    await owner.gql(CREATE_MS, { input: { projectId: p.id, name: 'Beta' } });
    await server.dataSource.getRepository(TimeEntry).insert({
      workspaceId: a.workspace.id,
      userId: a.users.OWNER.id,
      projectId: p.id,
      clientId: from.id,
      taskId: task.id,
      date: '2026-01-05',
      minutes: 90,
    });

    const linked = await owner.gql(LINK, { p: p.id, c: to.id });
    expect(linked.data.linkProjectToClient.clientId).toBe(to.id);
    expect((await server.dataSource.getRepository(Task).findOneByOrFail({ id: task.id })).clientId).toBe(to.id);
    expect((await server.dataSource.getRepository(Milestone).findOneByOrFail({ projectId: p.id })).clientId).toBe(
      to.id,
    );
    expect((await server.dataSource.getRepository(TimeEntry).findOneByOrFail({ projectId: p.id })).clientId).toBe(
      to.id,
    );
    expect(await counters(from.id)).toEqual({ active: 0, total: 0 });
    expect(await counters(to.id)).toEqual({ active: 1, total: 700 });
    expect((await projectEvents(from.id)).map((e) => e.summary)).toContain('Project "Website" moved to To Co');
    expect((await projectEvents(to.id)).map((e) => e.summary)).toEqual(['Project "Website" linked']);

    const got = await owner.gql(GET, { id: p.id });
    expect(got.data.project).toMatchObject({ minutesSpent: 90, hoursSpent: 1.5 });

    const unlinked = await owner.gql(UNLINK, { p: p.id });
    expect(unlinked.data.unlinkProject.clientId).toBeNull();
    expect((await server.dataSource.getRepository(Task).findOneByOrFail({ id: task.id })).clientId).toBeNull();
    expect((await server.dataSource.getRepository(TimeEntry).findOneByOrFail({ projectId: p.id })).clientId).toBeNull();
    expect(await counters(to.id)).toEqual({ active: 0, total: 0 });
    expect((await projectEvents(to.id)).map((e) => e.summary)).toContain('Project "Website" unlinked');

    // Unlinked: visible to roles with client.viewAll only.
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(GET, { id: p.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await owner.gql(GET, { id: p.id })).data.project.client).toBeNull();
  });
});

describe('tasks and milestones', () => {
  it('creates, completes, reorders and deletes tasks; progress follows them', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const p = await makeProject(client.id);
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) {
      const res = await owner.gql(CREATE_TASK, { input: { projectId: p.id, title, assigneeId: a.users.MEMBER.id } });
      expect(res.errors).toBeUndefined();
      ids.push(res.data.createTask.id);
    }
    const bad = await owner.gql(CREATE_TASK, { input: { projectId: p.id, title: 'X', assigneeId: b.users.OWNER.id } });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    const badDate = await owner.gql(CREATE_TASK, { input: { projectId: p.id, title: 'X', dueDate: '2026-02-31' } });
    expect(badDate.errors?.[0].extensions?.field).toBe('dueDate');

    const done = await owner.gql(UPDATE_TASK, { id: ids[0], input: { status: 'DONE', clientVisible: true } });
    expect(done.data.updateTask).toMatchObject({ status: 'DONE', clientVisible: true });
    expect(done.data.updateTask.completedAt).not.toBeNull();
    expect((await owner.gql(GET, { id: p.id })).data.project.progress).toBe(33);
    const undone = await owner.gql(UPDATE_TASK, { id: ids[0], input: { status: 'IN_PROGRESS' } });
    expect(undone.data.updateTask.completedAt).toBeNull();

    const moved = await owner.gql(MOVE_TASK, { id: ids[2], position: 0 });
    expect(
      moved.data.moveTask.tasks.map((t: { title: string; position: number }) => `${t.title}${t.position}`),
    ).toEqual(['C0', 'A1', 'B2']);
    const end = await owner.gql(MOVE_TASK, { id: ids[2], position: 99 });
    expect(end.data.moveTask.tasks.map((t: { title: string }) => t.title)).toEqual(['A', 'B', 'C']);

    expect((await owner.gql(DELETE_TASK, { id: ids[1] })).data.deleteTask).toBe(true);
    expect((await owner.gql(GET, { id: p.id })).data.project.tasks.map((t: { title: string }) => t.title)).toEqual([
      'A',
      'C',
    ]);
  });

  it('creates, marks done and deletes milestones', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const p = await makeProject(client.id);
    const ms = (await owner.gql(CREATE_MS, { input: { projectId: p.id, name: 'Launch', dueDate: '2026-06-01' } })).data
      .createMilestone;
    const done = await owner.gql(UPDATE_MS, { id: ms.id, input: { done: true } });
    expect(done.data.updateMilestone.done).toBe(true);
    expect(done.data.updateMilestone.doneAt).not.toBeNull();
    const undone = await owner.gql(UPDATE_MS, { id: ms.id, input: { done: false, name: 'Go live' } });
    expect(undone.data.updateMilestone).toMatchObject({ done: false, doneAt: null, name: 'Go live' });
    expect((await owner.gql(UPDATE_MS, { id: ms.id, input: { name: '' } })).errors?.[0].extensions?.field).toBe('name');
    expect((await owner.gql(DELETE_MS, { id: ms.id })).data.deleteMilestone).toBe(true);
    expect((await owner.gql(GET, { id: p.id })).data.project.milestones).toEqual([]);
  });
});

describe('lists, roles and scoping', () => {
  let ws: TestWorkspace;
  let mine: Client;
  let theirs: Client;
  beforeAll(async () => {
    ws = await createWorkspace(server.dataSource, 'ProjList');
    mine = await insertClient(server.dataSource, ws.workspace.id, {
      name: 'Mine Café',
      accountManagerId: ws.users.MEMBER.id,
    });
    theirs = await insertClient(server.dataSource, ws.workspace.id, { name: 'Theirs Ltd' });
    const o = await signIn(server, ws.emails.OWNER);
    await o.gql(CREATE, { input: { clientId: mine.id, name: 'Old site', value: 100, estimatedEndDate: '2020-01-01' } });
    await o.gql(CREATE, {
      input: { clientId: theirs.id, name: 'Campaign', value: 200, estimatedEndDate: '2999-01-01' },
    });
    const done = await o.gql(CREATE, {
      input: { clientId: theirs.id, name: 'Audit', value: 300, estimatedEndDate: '2020-01-01' },
    });
    await o.gql(STATUS, { id: done.data.createProject.id, status: 'COMPLETED' });
  });

  it('filters by client, status, search and overdue, paginates and caps the page', async () => {
    const o = await signIn(server, ws.emails.OWNER);
    const all = await o.gql(LIST, {});
    expect(all.errors).toBeUndefined();
    expect(all.data.projects.totalCount).toBe(3);
    expect((await o.gql(LIST, { filter: { clientId: theirs.id } })).data.projects.totalCount).toBe(2);
    expect(
      (await o.gql(LIST, { filter: { status: ['COMPLETED'] } })).data.projects.nodes.map(
        (p: { name: string }) => p.name,
      ),
    ).toEqual(['Audit']);
    expect(
      (await o.gql(LIST, { filter: { search: 'cafe' } })).data.projects.nodes.map((p: { name: string }) => p.name),
    ).toEqual(['Old site']);
    const overdue = await o.gql(LIST, { filter: { overdue: true } });
    expect(overdue.data.projects.nodes.map((p: { name: string; overdue: boolean }) => [p.name, p.overdue])).toEqual([
      ['Old site', true],
    ]);
    const page = await o.gql(LIST, { sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 2 } });
    expect(page.data.projects).toMatchObject({ totalCount: 3, hasMore: true });
    expect(page.data.projects.nodes.map((p: { name: string }) => p.name)).toEqual(['Audit', 'Campaign']);
    expect((await o.gql(LIST, { page: { offset: 0, limit: 101 } })).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'limit',
    });
    const client = await o.gql(CLIENT_PROJECTS, { id: theirs.id });
    expect(client.data.client).toMatchObject({ activeProjectCount: 1, totalValue: 500 });
    expect(client.data.client.projects.map((p: { name: string }) => p.name)).toEqual(['Audit', 'Campaign']);
  });

  it('finds the projects behind the dashboard deliverable numbers', async () => {
    const o = await signIn(server, ws.emails.OWNER);
    const nodes = (await o.gql(LIST, { sort: { field: 'NAME', direction: 'ASC' } })).data.projects.nodes as {
      id: string;
      name: string;
      clientId: string;
    }[];
    const byName = Object.fromEntries(nodes.map((p) => [p.name, p]));
    const today = new Date().toISOString().slice(0, 10);
    const repo = server.dataSource.getRepository(Deliverable);
    const base = { workspaceId: ws.workspace.id, title: 'D' };
    await repo.save({
      ...base,
      projectId: byName['Audit'].id,
      clientId: byName['Audit'].clientId,
      status: 'PENDING_APPROVAL' as const,
    });
    await repo.save({
      ...base,
      projectId: byName['Campaign'].id,
      clientId: byName['Campaign'].clientId,
      status: 'CHANGES_REQUESTED' as const,
      dueDate: today,
    });
    await repo.save({
      ...base,
      projectId: byName['Old site'].id,
      clientId: byName['Old site'].clientId,
      status: 'APPROVED' as const,
      dueDate: today,
    });
    const names = async (deliverables: string) =>
      (await o.gql(LIST, { filter: { deliverables } })).data.projects.nodes.map((p: { name: string }) => p.name);
    expect(await names('PENDING_APPROVAL')).toEqual(['Audit']);
    expect(await names('DUE_THIS_WEEK')).toEqual(['Campaign']);
    await repo.delete({ workspaceId: ws.workspace.id });
  });

  it('hides value without financials.view and scopes MEMBERs to their clients', async () => {
    const member = await signIn(server, ws.emails.MEMBER);
    const list = await member.gql(LIST, {});
    expect(list.data.projects.nodes.map((p: { name: string; value: number | null }) => [p.name, p.value])).toEqual([
      ['Old site', null],
    ]);
    expect((await member.gql(LIST, { sort: { field: 'VALUE', direction: 'DESC' } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const theirProject = (await (await signIn(server, ws.emails.OWNER)).gql(LIST, { filter: { clientId: theirs.id } }))
      .data.projects.nodes[0];
    expect((await member.gql(GET, { id: theirProject.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await member.gql(UPDATE, { id: theirProject.id, input: { name: 'Mine now' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await member.gql(CREATE, { input: { clientId: theirs.id, name: 'Sneaky' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await member.gql(CREATE_TASK, { input: { projectId: theirProject.id, title: 'x' } })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const own = list.data.projects.nodes[0];
    expect((await member.gql(LINK, { p: own.id, c: theirs.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await member.gql(UNLINK, { p: own.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await member.gql(CREATE, {
      input: { name: 'New one', newClient: { name: 'Member Co', email: 'm@member.example' } },
    });
    expect(created.errors).toBeUndefined();
    expect((await member.gql(GET, { id: created.data.createProject.id })).data.project.client.name).toBe('Member Co');
  });

  it('refuses anonymous callers', async () => {
    const anon = await (await signIn(server, ws.emails.OWNER)).gql(LIST, {}, { cookie: '' });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('portal sessions', () => {
  it("cannot reach projects, tasks or milestones, not even their own client's", async () => {
    const email = `portal-${Date.now()}@client.example`;
    const client = await insertClient(server.dataSource, a.workspace.id, { name: 'Portal Co' }, [
      { name: 'Pat', email, portalAccess: true, isPrimary: true },
    ]);
    const p = await makeProject(client.id);
    const portal = new TestClient(server.url, 'portal');
    await portal.gql(`mutation($email: String!) { requestMagicLink(email: $email) }`, { email });
    await server.app.services.outbox.flush();
    const [mail] = server.app.mailCatcher!.list().filter((m) => m.to.includes(email));
    const token = /continue\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(
      (await portal.gql(`mutation($t: String!) { consumeMagicLink(token: $t) { client { id } } }`, { t: token }))
        .errors,
    ).toBeUndefined();
    for (const [query, vars] of [
      [LIST, {}],
      [GET, { id: p.id }],
      [CREATE_TASK, { input: { projectId: p.id, title: 'x' } }],
      [STATUS, { id: p.id, status: 'PAUSED' }],
    ] as const) {
      const res = await portal.gql(query, vars);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('workspace isolation', () => {
  it('workspace B cannot read or change workspace A projects, tasks or milestones', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const p = await makeProject(client.id);
    const task = (await owner.gql(CREATE_TASK, { input: { projectId: p.id, title: 'Secret' } })).data.createTask;
    const ms = (await owner.gql(CREATE_MS, { input: { projectId: p.id, name: 'Secret' } })).data.createMilestone;
    const other = await signIn(server, b.emails.OWNER);
    const otherClient = await insertClient(server.dataSource, b.workspace.id);
    const notFound = async (query: string, vars: Record<string, unknown>) => {
      const res = await other.gql(query, vars);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    };
    await notFound(GET, { id: p.id });
    await notFound(UPDATE, { id: p.id, input: { name: 'Hacked' } });
    await notFound(STATUS, { id: p.id, status: 'PAUSED' });
    await notFound(LINK, { p: p.id, c: otherClient.id });
    await notFound(UNLINK, { p: p.id });
    await notFound(DELETE, { id: p.id });
    await notFound(CREATE, { input: { clientId: client.id, name: 'X' } });
    await notFound(CREATE_TASK, { input: { projectId: p.id, title: 'X' } });
    await notFound(UPDATE_TASK, { id: task.id, input: { title: 'X' } });
    await notFound(MOVE_TASK, { id: task.id, position: 0 });
    await notFound(DELETE_TASK, { id: task.id });
    await notFound(CREATE_MS, { input: { projectId: p.id, name: 'X' } });
    await notFound(UPDATE_MS, { id: ms.id, input: { done: true } });
    await notFound(DELETE_MS, { id: ms.id });
    const ownLink = await makeProject(otherClient.id, {}, other);
    await notFound(LINK, { p: ownLink.id, c: client.id });
    const list = await other.gql(LIST, { filter: { clientId: client.id } });
    expect(list.data.projects.totalCount).toBe(0);
    expect((await other.gql(LIST, {})).data.projects.nodes.map((n: { id: string }) => n.id)).toEqual([ownLink.id]);
    expect((await owner.gql(GET, { id: p.id })).data.project.name).toBe('Website');
  });
});
