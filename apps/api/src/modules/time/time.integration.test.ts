import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { Membership } from '../identity/membership.entity';
import type { Project } from '../projects/project.entity';
import { RunningTimer } from './running-timer.entity';
import { TimeEntry } from './time-entry.entity';
import { insertProject, insertTask } from './time.test-kit';

const ENTRY =
  'id projectId clientId taskId date minutes billable billRate costRate description billed canEdit project { name clientName }';
const LOG = `mutation($input: LogTimeInput!) { logTime(input: $input) { ${ENTRY} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTimeEntryInput!) { updateTimeEntry(id: $id, input: $input) { ${ENTRY} } }`;
const DELETE = `mutation($id: ID!) { deleteTimeEntry(id: $id) }`;
const START = `mutation($input: StartTimerInput!) { startTimer(input: $input) { timer { id projectId description project { name } } stopped { id minutes } } }`;
const STOP = `mutation { stopTimer { ${ENTRY} } }`;
const DISCARD = `mutation { discardTimer }`;
const RUNNING = `query { myRunningTimer { id projectId startedAt } }`;
const SHEET = `query($w: String!) { myTimesheet(weekStart: $w) { weekStart days total dayTotals rows { projectId project { name } days total entries { id } } } }`;
const SHEET_OF = `query($u: ID!, $w: String!) { timesheet(userId: $u, weekStart: $w) { total rows { projectId } } }`;
const TOTALS = `query($id: ID!) { projectTimeTotals(projectId: $id) { minutes billableMinutes billableValue cost } }`;
const COST = `mutation($u: ID!, $r: SafeInt!) { setMemberCostRate(userId: $u, rate: $r) { userId costRate } }`;
const PICKER = `query($s: String) { timeProjects(search: $s) { id name clientName } }`;
const CLIENT_TOTALS = `query($id: ID!) { client(id: $id) { timeTotals { minutes billableValue cost } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let hourly: Project;
let fixed: Project;
let memberProject: Project;
let bProject: Project;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Alpha');
  b = await createWorkspace(server.dataSource, 'Beta');
  const acme = await insertClient(server.dataSource, a.workspace.id, { name: 'Acme' });
  const mine = await insertClient(server.dataSource, a.workspace.id, {
    name: 'Mine',
    accountManagerId: a.users.MEMBER.id,
  });
  hourly = await insertProject(server.dataSource, a.workspace.id, {
    name: 'Hourly site',
    clientId: acme.id,
    billingMode: 'HOURLY',
    hourlyRate: 12_000,
  });
  fixed = await insertProject(server.dataSource, a.workspace.id, {
    name: 'Fixed logo',
    clientId: acme.id,
    billingMode: 'FIXED',
    value: 500_000,
  });
  memberProject = await insertProject(server.dataSource, a.workspace.id, {
    name: 'Member app',
    clientId: mine.id,
    billingMode: 'HOURLY',
    hourlyRate: 9_000,
  });
  const bClient = await insertClient(server.dataSource, b.workspace.id, { name: 'Beta client' });
  bProject = await insertProject(server.dataSource, b.workspace.id, { name: 'Beta project', clientId: bClient.id });
  await server.dataSource
    .getRepository(Membership)
    .update({ userId: a.users.MANAGER.id, workspaceId: a.workspace.id }, { costRate: 5_000 });
});
afterAll(() => server.close());

describe('logging time', () => {
  it('defaults the bill rate to the hourly rate and the cost rate to the membership, copying the client', async () => {
    const manager = await signIn(server, a.emails.MANAGER);
    const res = await manager.gql(LOG, {
      input: { projectId: hourly.id, date: '2026-03-10', minutes: 90, description: ' Kickoff ' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.logTime).toMatchObject({
      clientId: hourly.clientId,
      minutes: 90,
      billable: true,
      billRate: 12_000,
      costRate: 5_000,
      description: 'Kickoff',
      billed: false,
      canEdit: true,
      project: { name: 'Hourly site', clientName: 'Acme' },
    });
    const onFixed = await manager.gql(LOG, { input: { projectId: fixed.id, date: '2026-03-10', minutes: 30 } });
    expect(onFixed.data.logTime.billRate).toBe(0);
  });

  it('names the bad field and writes nothing', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const before = await server.dataSource.getRepository(TimeEntry).countBy({ workspaceId: a.workspace.id });
    const cases: [Record<string, unknown>, string][] = [
      [{ projectId: hourly.id, date: '2026-03-10', minutes: 0 }, 'minutes'],
      [{ projectId: hourly.id, date: '2026-03-10', minutes: 1441 }, 'minutes'],
      [{ projectId: hourly.id, date: '2026-02-30', minutes: 10 }, 'date'],
      [{ projectId: hourly.id, date: 'tomorrow', minutes: 10 }, 'date'],
      [{ projectId: bProject.id, date: '2026-03-10', minutes: 10 }, 'projectId'],
      [{ projectId: hourly.id, date: '2026-03-10', minutes: 10, billRate: -5 }, 'billRate'],
    ];
    for (const [input, field] of cases) {
      const res = await owner.gql(LOG, { input });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const otherTask = await insertTask(server.dataSource, fixed);
    const wrongTask = await owner.gql(LOG, {
      input: { projectId: hourly.id, taskId: otherTask.id, date: '2026-03-10', minutes: 10 },
    });
    expect(wrongTask.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'taskId' });
    expect(await server.dataSource.getRepository(TimeEntry).countBy({ workspaceId: a.workspace.id })).toBe(before);
  });

  it('hides cost rates from roles without financials.view and refuses them when written', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const logged = await member.gql(LOG, { input: { projectId: memberProject.id, date: '2026-03-11', minutes: 60 } });
    expect(logged.errors).toBeUndefined();
    expect(logged.data.logTime).toMatchObject({ billRate: 9_000, costRate: null });
    const refused = await member.gql(LOG, {
      input: { projectId: memberProject.id, date: '2026-03-11', minutes: 60, costRate: 1 },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const update = await member.gql(UPDATE, { id: logged.data.logTime.id, input: { costRate: 1 } });
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const totals = await member.gql(TOTALS, { id: memberProject.id });
    expect(totals.data.projectTimeTotals).toEqual({
      minutes: 60,
      billableMinutes: 60,
      billableValue: null,
      cost: null,
    });
  });

  it('lets a MEMBER log only on projects of clients they manage', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    const res = await member.gql(LOG, { input: { projectId: hourly.id, date: '2026-03-11', minutes: 5 } });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'projectId' });
    const picker = await member.gql(PICKER, {});
    expect(picker.data.timeProjects.map((p: { name: string }) => p.name)).toEqual(['Member app']);
    const owner = await signIn(server, a.emails.OWNER);
    const search = await owner.gql(PICKER, { s: 'acme' });
    expect(search.data.timeProjects.map((p: { name: string }) => p.name)).toEqual(['Fixed logo', 'Hourly site']);
  });
});

describe('changing entries', () => {
  it('lets the author edit and delete, others only with workspace.manage', async () => {
    const manager = await signIn(server, a.emails.MANAGER);
    const entry = (await manager.gql(LOG, { input: { projectId: hourly.id, date: '2026-03-12', minutes: 45 } })).data
      .logTime;
    const moved = await manager.gql(UPDATE, {
      id: entry.id,
      input: { minutes: 50, projectId: fixed.id, billable: false },
    });
    expect(moved.data.updateTimeEntry).toMatchObject({ minutes: 50, projectId: fixed.id, billable: false });
    const bad = await manager.gql(UPDATE, { id: entry.id, input: { minutes: 2000 } });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'minutes' });
    const owner = await signIn(server, a.emails.OWNER);
    const ownerEdit = await owner.gql(UPDATE, { id: entry.id, input: { description: 'Fixed by owner' } });
    expect(ownerEdit.data.updateTimeEntry.description).toBe('Fixed by owner');
    const otherManagerEntry = (
      await owner.gql(LOG, { input: { projectId: hourly.id, date: '2026-03-12', minutes: 10 } })
    ).data.logTime;
    const notMine = await manager.gql(DELETE, { id: otherManagerEntry.id });
    expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.gql(DELETE, { id: entry.id })).data.deleteTimeEntry).toBe(true);
    expect(await server.dataSource.getRepository(TimeEntry).findOneBy({ id: entry.id })).toBeNull();
  });

  it('locks billed entries with a clear error', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const entry = (await owner.gql(LOG, { input: { projectId: hourly.id, date: '2026-03-12', minutes: 30 } })).data
      .logTime;
    const billed = await owner.gql(
      `mutation($c: ID!, $e: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: "Time", quantity: 0.5, unitPrice: 12000, taxRate: 0, timeEntryIds: [$e] }] }) { id } }`,
      { c: hourly.clientId, e: entry.id },
    );
    expect(billed.errors).toBeUndefined();
    const upd = await owner.gql(UPDATE, { id: entry.id, input: { minutes: 31 } });
    expect(upd.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(upd.errors?.[0].message).toMatch(/invoice/);
    const del = await owner.gql(DELETE, { id: entry.id });
    expect(del.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('running timer', () => {
  it('starts, replaces (logging the old one), stops rounding up, and discards', async () => {
    const admin = await signIn(server, a.emails.ADMIN);
    expect((await admin.gql(RUNNING)).data.myRunningTimer).toBeNull();
    const first = await admin.gql(START, { input: { projectId: hourly.id, description: 'Wireframes' } });
    expect(first.data.startTimer).toMatchObject({
      timer: { projectId: hourly.id, description: 'Wireframes', project: { name: 'Hourly site' } },
      stopped: null,
    });
    // Pretend it has been running 2 minutes and 10 seconds.
    await server.dataSource
      .getRepository(RunningTimer)
      .update(first.data.startTimer.timer.id, { startedAt: new Date(Date.now() - 130_000) });
    const second = await admin.gql(START, { input: { projectId: fixed.id } });
    expect(second.data.startTimer.stopped.minutes).toBe(3);
    expect(await server.dataSource.getRepository(RunningTimer).countBy({ userId: a.users.ADMIN.id })).toBe(1);
    const stopped = await admin.gql(STOP);
    expect(stopped.data.stopTimer).toMatchObject({ projectId: fixed.id, minutes: 1, billable: true });
    expect((await admin.gql(RUNNING)).data.myRunningTimer).toBeNull();
    const nothing = await admin.gql(STOP);
    expect(nothing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await admin.gql(START, { input: { projectId: hourly.id } });
    const before = await server.dataSource.getRepository(TimeEntry).countBy({ userId: a.users.ADMIN.id });
    expect((await admin.gql(DISCARD)).data.discardTimer).toBe(true);
    expect(await server.dataSource.getRepository(TimeEntry).countBy({ userId: a.users.ADMIN.id })).toBe(before);
    const badProject = await admin.gql(START, { input: { projectId: bProject.id } });
    expect(badProject.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'projectId' });
  });
});

describe('timesheets and totals', () => {
  it('groups a Monday-start week by project × day', async () => {
    const ws = await createWorkspace(server.dataSource, 'Sheet');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const p1 = await insertProject(server.dataSource, ws.workspace.id, {
      name: 'One',
      clientId: client.id,
      billingMode: 'HOURLY',
      hourlyRate: 10_000,
    });
    const p2 = await insertProject(server.dataSource, ws.workspace.id, { name: 'Two', clientId: client.id });
    const owner = await signIn(server, ws.emails.OWNER);
    for (const [projectId, date, minutes] of [
      [p1.id, '2026-03-09', 60],
      [p2.id, '2026-03-10', 30],
      [p1.id, '2026-03-15', 15],
      [p1.id, '2026-03-16', 99],
      [p1.id, '2026-03-08', 7],
    ] as const) {
      expect((await owner.gql(LOG, { input: { projectId, date, minutes } })).errors).toBeUndefined();
    }
    const sheet = (await owner.gql(SHEET, { w: '2026-03-12' })).data.myTimesheet;
    expect(sheet.weekStart).toBe('2026-03-09');
    expect(sheet.days[6]).toBe('2026-03-15');
    expect(sheet.total).toBe(105);
    expect(sheet.dayTotals).toEqual([60, 30, 0, 0, 0, 0, 15]);
    expect(sheet.rows.map((r: { project: { name: string }; days: number[] }) => [r.project.name, r.days])).toEqual([
      ['One', [60, 0, 0, 0, 0, 0, 15]],
      ['Two', [0, 30, 0, 0, 0, 0, 0]],
    ]);
    const bad = await owner.gql(SHEET, { w: 'soon' });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'weekStart' });
    const ofOwner = await owner.gql(SHEET_OF, { u: ws.users.OWNER.id, w: '2026-03-09' });
    expect(ofOwner.data.timesheet.total).toBe(105);
    const manager = await signIn(server, ws.emails.MANAGER);
    expect((await manager.gql(SHEET_OF, { u: ws.users.OWNER.id, w: '2026-03-09' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    // 60 + 15 + 99 + 7 minutes at 100.00/h = 181 min → 30 166.67 → 30 167 (one rounding).
    const totals = (await owner.gql(TOTALS, { id: p1.id })).data.projectTimeTotals;
    expect(totals).toEqual({ minutes: 181, billableMinutes: 181, billableValue: 30_167, cost: 0 });
    const clientTotals = (await owner.gql(CLIENT_TOTALS, { id: client.id })).data.client.timeTotals;
    expect(clientTotals).toEqual({ minutes: 211, billableValue: 30_167, cost: 0 });
  });

  it('sets member cost rates for workspace.manage only; new entries use them', async () => {
    const ws = await createWorkspace(server.dataSource, 'Cost');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const p = await insertProject(server.dataSource, ws.workspace.id, { clientId: client.id });
    const owner = await signIn(server, ws.emails.OWNER);
    expect((await owner.gql(COST, { u: ws.users.ADMIN.id, r: 4_500 })).data.setMemberCostRate).toEqual({
      userId: ws.users.ADMIN.id,
      costRate: 4_500,
    });
    const bad = await owner.gql(COST, { u: ws.users.ADMIN.id, r: -1 });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'rate' });
    expect((await owner.gql(COST, { u: b.users.OWNER.id, r: 1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const manager = await signIn(server, ws.emails.MANAGER);
    expect((await manager.gql(COST, { u: ws.users.MANAGER.id, r: 1 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await signIn(server, ws.emails.ADMIN);
    const entry = await admin.gql(LOG, { input: { projectId: p.id, date: '2026-03-10', minutes: 60 } });
    expect(entry.data.logTime.costRate).toBe(4_500);
  });
});

describe('workspace isolation', () => {
  it("cannot read or change another workspace's entries, timers or totals", async () => {
    const aOwner = await signIn(server, a.emails.OWNER);
    const entry = (await aOwner.gql(LOG, { input: { projectId: hourly.id, date: '2026-03-13', minutes: 20 } })).data
      .logTime;
    const bOwner = await signIn(server, b.emails.OWNER);
    expect((await bOwner.gql(UPDATE, { id: entry.id, input: { minutes: 1 } })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await bOwner.gql(DELETE, { id: entry.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await bOwner.gql(TOTALS, { id: hourly.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await bOwner.gql(SHEET_OF, { u: a.users.OWNER.id, w: '2026-03-09' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await bOwner.gql(COST, { u: a.users.MEMBER.id, r: 1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await bOwner.gql(PICKER, {})).data.timeProjects.map((p: { name: string }) => p.name)).toEqual([
      'Beta project',
    ]);
    expect((await bOwner.gql(SHEET, { w: '2026-03-09' })).data.myTimesheet.total).toBe(0);
    expect((await bOwner.gql(CLIENT_TOTALS, { id: hourly.clientId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('requires a staff session', async () => {
    const anon = new TestClient(server.url);
    expect((await anon.gql(RUNNING)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await anon.gql(LOG, { input: { projectId: hourly.id, date: '2026-03-10', minutes: 5 } })).errors?.[0].extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });
});
