import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../data-source';
import { TenantScope } from '../../../platform/db/tenant-scope';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { Workspace } from '../../identity/workspace.entity';
import { Invoice } from '../invoices/invoice.entity';
import { OutboundEmail } from '../../../platform/mail/outbound-email.entity';
import { insertProject, insertTask } from '../../time/time.test-kit';
import { TimeEntry } from '../../time/time-entry.entity';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import { RecurringBillingService } from './recurring-billing.service';
import { RecurringInvoice } from './recurring-invoice.entity';
import { RecurringInvoiceRun } from './recurring-invoice-run.entity';

const FIELDS = `id name status frequency mode startDate endDate nextIssueDate autoSend active dueDays currency
  lines { description quantity unitPrice taxRate discount } totals { subtotal taxTotal total }
  upcoming { issueDate periodStart periodEnd } runs { periodStart periodEnd outcome invoiceId invoiceNumber invoiceStatus invoiceTotal }
  client { id name } project { id name }`;
const CREATE = `mutation($input: CreateRecurringInvoiceInput!) { createRecurringInvoice(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRecurringInvoiceInput!) { updateRecurringInvoice(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { recurringInvoice(id: $id) { ${FIELDS} } }`;
const LIST = `query($clientId: ID) { recurringInvoices(clientId: $clientId) { id name status } }`;
const PAUSE = `mutation($id: ID!) { pauseRecurringInvoice(id: $id) { id status active } }`;
const RESUME = `mutation($id: ID!) { resumeRecurringInvoice(id: $id) { id status active nextIssueDate runs { periodStart outcome } } }`;
const DELETE = `mutation($id: ID!) { deleteRecurringInvoice(id: $id) }`;
const PREVIEW = `query($input: SchedulePreviewInput!) { previewIssueDates(input: $input) { issueDate periodStart periodEnd } }`;

const LINES = [{ description: 'Retainer', quantity: 1, unitPrice: 150_000, taxRate: 2300 }];

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let manager: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Recurring A');
  b = await createWorkspace(server.dataSource, 'Recurring B');
  manager = await signIn(server, a.emails.MANAGER);
});
afterAll(() => server.close());

const billing = (
  ds: DataSource = server.dataSource,
  hooks = {},
  mailer: ConstructorParameters<typeof RecurringBillingService>[3] = null,
) => new RecurringBillingService(ds, server.app.services.invoices, server.app.services.timeline, mailer, hooks);

async function createSchedule(client: TestClient, input: Record<string, unknown>) {
  const res = await client.gql(CREATE, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createRecurringInvoice;
}

const invoicesOf = (scheduleId: string) =>
  server.dataSource
    .getRepository(Invoice)
    .find({ where: { recurringInvoiceId: scheduleId }, order: { issueDate: 'ASC' } });
const runsOf = (scheduleId: string) =>
  server.dataSource
    .getRepository(RecurringInvoiceRun)
    .find({ where: { recurringInvoiceId: scheduleId }, order: { periodStart: 'ASC' } });

describe('recurring schedules API', () => {
  it('creates a FIXED schedule anchored to its start date, with domain totals and the next 12 periods', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const s = await createSchedule(manager, {
      clientId: client.id,
      name: 'Retainer',
      frequency: 'MONTHLY',
      startDate: '2027-01-31',
      lines: LINES,
      dueDays: 10,
    });
    expect(s).toMatchObject({
      status: 'ACTIVE',
      mode: 'FIXED',
      nextIssueDate: '2027-01-31',
      currency: 'USD',
      client: { id: client.id },
      runs: [],
    });
    expect(s.totals).toEqual({ subtotal: 150_000, taxTotal: 34_500, total: 184_500 });
    expect(s.upcoming).toHaveLength(12);
    expect(s.upcoming.slice(0, 3)).toEqual([
      { issueDate: '2027-01-31', periodStart: '2027-01-31', periodEnd: '2027-02-27' },
      { issueDate: '2027-02-28', periodStart: '2027-02-28', periodEnd: '2027-03-30' },
      { issueDate: '2027-03-31', periodStart: '2027-03-31', periodEnd: '2027-04-29' },
    ]);
    const list = await manager.gql(LIST, { clientId: client.id });
    expect(list.data.recurringInvoices.map((r: { id: string }) => r.id)).toEqual([s.id]);
  });

  it('previews month ends and leap years, and HOURS issued in arrears', async () => {
    const leap = await manager.gql(PREVIEW, { input: { startDate: '2028-01-31', frequency: 'MONTHLY' } });
    expect(leap.data.previewIssueDates.slice(0, 3).map((r: { issueDate: string }) => r.issueDate)).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ]);
    const yearly = await manager.gql(PREVIEW, {
      input: { startDate: '2028-02-29', frequency: 'YEARLY', endDate: '2031-01-01' },
    });
    expect(yearly.data.previewIssueDates.map((r: { issueDate: string }) => r.issueDate)).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
    ]);
    const hours = await manager.gql(PREVIEW, {
      input: { startDate: '2026-03-01', frequency: 'QUARTERLY', mode: 'HOURS' },
    });
    expect(hours.data.previewIssueDates[0]).toEqual({
      issueDate: '2026-06-01',
      periodStart: '2026-03-01',
      periodEnd: '2026-05-31',
    });
    const bad = await manager.gql(PREVIEW, { input: { startDate: '2026-02-30', frequency: 'MONTHLY' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
  });

  it('answers bad input with the field and the reason', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const other = await insertClient(server.dataSource, a.workspace.id);
    const otherProject = await insertProject(server.dataSource, a.workspace.id, { clientId: other.id });
    const base = { clientId: client.id, name: 'X', frequency: 'MONTHLY', startDate: '2026-05-01' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, lines: [{ ...LINES[0], quantity: 1.0005 }] }, 'lines.0.quantity'],
      [{ ...base, lines: [{ ...LINES[0], taxRate: 20_000 }] }, 'lines.0.taxRate'],
      [{ ...base, lines: [] }, 'lines'],
      [{ ...base, lines: [{ ...LINES[0], unitPrice: 0 }] }, 'lines'],
      [{ ...base, lines: LINES, endDate: '2026-04-01' }, 'endDate'],
      [{ ...base, lines: LINES, startDate: '2026-13-01' }, 'startDate'],
      [{ ...base, mode: 'HOURS' }, 'projectId'],
      [{ ...base, mode: 'HOURS', projectId: otherProject.id }, 'projectId'],
      [{ ...base, lines: LINES, dueDays: 400 }, 'dueDays'],
    ];
    for (const [input, field] of cases) {
      const res = await manager.gql(CREATE, { input });
      expect({ field, got: res.errors?.[0].extensions }).toEqual({
        field,
        got: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    expect(await server.dataSource.getRepository(RecurringInvoice).countBy({ clientId: client.id })).toBe(0);
  });

  it('updates, pauses (resume skips the periods missed while paused) and deletes; the past stays as billed', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const s = await createSchedule(manager, {
      clientId: client.id,
      name: 'Support',
      frequency: 'MONTHLY',
      startDate: '2026-01-15',
      lines: LINES,
    });
    await billing().runDue({ now: new Date('2026-02-20T12:00:00Z'), workspaceId: a.workspace.id });
    expect((await runsOf(s.id)).map((r) => r.periodStart)).toEqual(['2026-01-15', '2026-02-15']);

    const locked = await manager.gql(UPDATE, { id: s.id, input: { frequency: 'QUARTERLY' } });
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'frequency' });
    const updated = await manager.gql(UPDATE, {
      id: s.id,
      input: { name: 'Support plan', lines: [{ ...LINES[0], unitPrice: 99_00 }], endDate: '2026-06-30' },
    });
    expect(updated.data.updateRecurringInvoice).toMatchObject({
      name: 'Support plan',
      endDate: '2026-06-30',
      nextIssueDate: '2026-03-15',
      totals: { subtotal: 9_900 },
    });
    expect(updated.data.updateRecurringInvoice.runs.map((r: { invoiceTotal: number }) => r.invoiceTotal)).toEqual([
      184_500, 184_500,
    ]);
    expect(updated.data.updateRecurringInvoice.upcoming.map((r: { issueDate: string }) => r.issueDate)).toEqual([
      '2026-03-15',
      '2026-04-15',
      '2026-05-15',
      '2026-06-15',
    ]);

    expect((await manager.gql(PAUSE, { id: s.id })).data.pauseRecurringInvoice).toMatchObject({
      status: 'PAUSED',
      active: false,
    });
    const paused = await billing().runDue({ now: new Date('2026-05-20T12:00:00Z'), workspaceId: a.workspace.id });
    expect(paused.invoiced).toBe(0);
    // Resuming today (the real clock, after June 2026) records the periods missed while paused as SKIPPED, not billed late.
    const resumed = (await manager.gql(RESUME, { id: s.id })).data.resumeRecurringInvoice;
    expect(resumed.runs.map((r: { periodStart: string; outcome: string }) => `${r.periodStart} ${r.outcome}`)).toEqual([
      '2026-06-15 SKIPPED',
      '2026-05-15 SKIPPED',
      '2026-04-15 SKIPPED',
      '2026-03-15 SKIPPED',
      '2026-02-15 INVOICED',
      '2026-01-15 INVOICED',
    ]);
    expect(resumed.status).toBe('FINISHED');
    expect((await invoicesOf(s.id)).length).toBe(2);

    expect((await manager.gql(DELETE, { id: s.id })).data.deleteRecurringInvoice).toBe(true);
    expect((await invoicesOf(s.id)).length).toBe(0); // the link is cleared…
    expect(await server.dataSource.getRepository(Invoice).countBy({ clientId: client.id })).toBe(2); // …the invoices stay
    expect((await manager.gql(GET, { id: s.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reading needs financials.view and changing needs billing.manage: MEMBER refused, portal sessions refused', async () => {
    const email = `portal-${Date.now()}@client.example`;
    const client = await insertClient(server.dataSource, a.workspace.id, {}, [
      { name: 'Pat', email, portalAccess: true, isPrimary: true },
    ]);
    const s = await createSchedule(manager, {
      clientId: client.id,
      name: 'Roles',
      frequency: 'YEARLY',
      startDate: '2030-01-01',
      lines: LINES,
    });
    for (const role of ['OWNER', 'ADMIN'] as const) {
      const c = await signIn(server, a.emails[role]);
      expect((await c.gql(PAUSE, { id: s.id })).errors).toBeUndefined();
      expect((await c.gql(RESUME, { id: s.id })).errors).toBeUndefined();
    }
    const member = await signIn(server, a.emails.MEMBER);
    for (const [q, v] of [
      [LIST, {}],
      [GET, { id: s.id }],
      [PAUSE, { id: s.id }],
      [DELETE, { id: s.id }],
      [
        CREATE,
        { input: { clientId: client.id, name: 'M', frequency: 'MONTHLY', startDate: '2030-01-01', lines: LINES } },
      ],
    ] as const) {
      expect((await member.gql(q, v)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const portal = new TestClient(server.url, 'portal');
    await portal.gql(`mutation($email: String!) { requestMagicLink(email: $email) }`, { email });
    await server.app.services.outbox.flush();
    const [mail] = server.app.mailCatcher!.list().filter((m) => m.to.includes(email));
    const token = /continue\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect(
      (await portal.gql(`mutation($t: String!) { consumeMagicLink(token: $t) { client { id } } }`, { t: token }))
        .errors,
    ).toBeUndefined();
    for (const [q, v] of [
      [LIST, {}],
      [GET, { id: s.id }],
      [PAUSE, { id: s.id }],
      [DELETE, { id: s.id }],
    ] as const) {
      expect((await portal.gql(q, v)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.dataSource.getRepository(RecurringInvoice).findOneByOrFail({ id: s.id })).active).toBe(true);
  });

  it('workspace B cannot read, change or bill into workspace A', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const s = await createSchedule(manager, {
      clientId: client.id,
      name: 'Secret',
      frequency: 'MONTHLY',
      startDate: '2030-01-01',
      lines: LINES,
    });
    const other = await signIn(server, b.emails.OWNER);
    expect((await other.gql(LIST, {})).data.recurringInvoices).toEqual([]);
    expect((await other.gql(LIST, { clientId: client.id })).data.recurringInvoices).toEqual([]);
    for (const [q, v] of [
      [GET, { id: s.id }],
      [PAUSE, { id: s.id }],
      [RESUME, { id: s.id }],
      [DELETE, { id: s.id }],
      [UPDATE, { id: s.id, input: { name: 'Mine' } }],
    ] as const) {
      expect((await other.gql(q, v)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const create = await other.gql(CREATE, {
      input: { clientId: client.id, name: 'Steal', frequency: 'MONTHLY', startDate: '2030-01-01', lines: LINES },
    });
    expect(create.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.dataSource.getRepository(RecurringInvoice).findOneByOrFail({ id: s.id })).name).toBe('Secret');
  });
});

describe('billing due periods', () => {
  it('catches up after downtime: each missed period billed once, oldest first, with a timeline event', async () => {
    const ws = await createWorkspace(server.dataSource, 'Catch up');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const owner = await signIn(server, ws.emails.OWNER);
    const s = await createSchedule(owner, {
      clientId: client.id,
      name: 'Hosting',
      frequency: 'MONTHLY',
      startDate: '2026-01-31',
      lines: LINES,
      dueDays: 7,
    });
    const now = new Date('2026-04-15T09:00:00Z');
    const first = await billing().runDue({ now, workspaceId: ws.workspace.id });
    expect(first).toMatchObject({ invoiced: 3, failed: 0 });
    const again = await billing().runDue({ now, workspaceId: ws.workspace.id });
    expect(again.invoiced).toBe(0);
    const invoices = await invoicesOf(s.id);
    expect(invoices.map((i) => [i.issueDate, i.dueDate, i.status, i.total])).toEqual([
      ['2026-01-31', '2026-02-07', 'DRAFT', 184_500],
      ['2026-02-28', '2026-03-07', 'DRAFT', 184_500],
      ['2026-03-31', '2026-04-07', 'DRAFT', 184_500],
    ]);
    const runs = await runsOf(s.id);
    expect(runs.map((r) => [r.periodStart, r.periodEnd, r.outcome])).toEqual([
      ['2026-01-31', '2026-02-27', 'INVOICED'],
      ['2026-02-28', '2026-03-30', 'INVOICED'],
      ['2026-03-31', '2026-04-29', 'INVOICED'],
    ]);
    expect(new Set(runs.map((r) => r.invoiceId))).toEqual(new Set(invoices.map((i) => i.id)));
    expect((await server.dataSource.getRepository(RecurringInvoice).findOneByOrFail({ id: s.id })).nextIssueDate).toBe(
      '2026-04-30',
    );
    const events = await server.dataSource
      .getRepository(TimelineEvent)
      .findBy({ clientId: client.id, type: 'INVOICE' });
    expect(events.map((e) => e.summary).sort()).toEqual([
      'Recurring invoice “Hosting” created for 2026-01-31 – 2026-02-27',
      'Recurring invoice “Hosting” created for 2026-02-28 – 2026-03-30',
      'Recurring invoice “Hosting” created for 2026-03-31 – 2026-04-29',
    ]);
  });

  it('two workers at once (separate connections) bill each period exactly once', async () => {
    const ws = await createWorkspace(server.dataSource, 'Two workers');
    const owner = await signIn(server, ws.emails.OWNER);
    const schedules = [];
    for (let i = 0; i < 4; i++) {
      const client = await insertClient(server.dataSource, ws.workspace.id);
      schedules.push(
        await createSchedule(owner, {
          clientId: client.id,
          name: `S${i}`,
          frequency: 'MONTHLY',
          startDate: '2026-01-01',
          lines: LINES,
        }),
      );
    }
    const second = createDataSource(process.env.TEST_DATABASE_URL!, { poolSize: 5 });
    await second.initialize();
    try {
      const now = new Date('2026-06-10T12:00:00Z');
      const results = await Promise.all([
        billing().runDue({ now, workspaceId: ws.workspace.id }),
        billing(second).runDue({ now, workspaceId: ws.workspace.id }),
        billing(second).runDue({ now, workspaceId: ws.workspace.id }),
      ]);
      expect(results.reduce((n, r) => n + r.invoiced, 0)).toBe(4 * 6);
      expect(results.every((r) => r.failed === 0)).toBe(true);
    } finally {
      await second.destroy();
    }
    for (const s of schedules) {
      const invoices = await invoicesOf(s.id);
      expect(invoices.map((i) => i.issueDate)).toEqual([
        '2026-01-01',
        '2026-02-01',
        '2026-03-01',
        '2026-04-01',
        '2026-05-01',
        '2026-06-01',
      ]);
    }
  });

  it('a crash after the invoice insert rolls the period back; the retry bills it exactly once', async () => {
    const ws = await createWorkspace(server.dataSource, 'Crash');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const owner = await signIn(server, ws.emails.OWNER);
    const s = await createSchedule(owner, {
      clientId: client.id,
      name: 'Crashy',
      frequency: 'QUARTERLY',
      startDate: '2026-01-01',
      lines: LINES,
      autoSend: true,
    });
    const now = new Date('2026-04-02T12:00:00Z');
    let created = 0;
    const crashing = billing(server.dataSource, {
      afterInvoiceCreated: () => {
        created++;
        throw new Error('worker killed mid-run');
      },
    });
    expect(await crashing.runDue({ now, workspaceId: ws.workspace.id })).toMatchObject({ invoiced: 0, failed: 1 });
    expect(created).toBe(1);
    expect(await server.dataSource.getRepository(Invoice).countBy({ clientId: client.id })).toBe(0);
    expect(await runsOf(s.id)).toEqual([]);
    expect(
      await server.dataSource.query(`SELECT "lastValue" FROM document_sequence WHERE "workspaceId" = $1`, [
        ws.workspace.id,
      ]),
    ).toEqual([]);

    const mailed: string[] = [];
    const retry = billing(server.dataSource, {}, { enqueueInvoice: async (_scope, id) => void mailed.push(id) });
    expect(await retry.runDue({ now, workspaceId: ws.workspace.id })).toMatchObject({ invoiced: 2, failed: 0 });
    expect(await retry.runDue({ now, workspaceId: ws.workspace.id })).toMatchObject({ invoiced: 0 });
    const invoices = await invoicesOf(s.id);
    // Auto-send: issued (numbered without gaps) and emailed once each.
    expect(invoices.map((i) => [i.issueDate, i.status, i.number])).toEqual([
      ['2026-01-01', 'SENT', 'INV-0001'],
      ['2026-04-01', 'SENT', 'INV-0002'],
    ]);
    expect(mailed.sort()).toEqual(invoices.map((i) => i.id).sort());
  });

  it("uses the workspace's time zone: the same instant is May 1 in Auckland and still April 30 in Los Angeles", async () => {
    const now = new Date('2026-04-30T13:00:00Z'); // 01:00 May 1 NZST, 06:00 Apr 30 PDT
    const ids: Record<string, string> = {};
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const ws = await createWorkspace(server.dataSource, tz.split('/')[1]);
      await server.dataSource.getRepository(Workspace).update({ id: ws.workspace.id }, { timezone: tz });
      const client = await insertClient(server.dataSource, ws.workspace.id);
      const s = await createSchedule(await signIn(server, ws.emails.OWNER), {
        clientId: client.id,
        name: tz,
        frequency: 'MONTHLY',
        startDate: '2026-05-01',
        lines: LINES,
      });
      await billing().runDue({ now, workspaceId: ws.workspace.id });
      ids[tz] = s.id;
    }
    expect((await invoicesOf(ids['Pacific/Auckland'])).map((i) => i.issueDate)).toEqual(['2026-05-01']);
    expect(await invoicesOf(ids['America/Los_Angeles'])).toEqual([]);
  });

  it('HOURS bills the period’s billable unbilled time once, in arrears, and records periods with nothing to bill', async () => {
    const ws = await createWorkspace(server.dataSource, 'Hours');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const project = await insertProject(server.dataSource, ws.workspace.id, { clientId: client.id, name: 'Site care' });
    const task = await insertTask(server.dataSource, project, { title: 'Maintenance' });
    const entry = (date: string, minutes: number, extra: Partial<TimeEntry> = {}) =>
      server.dataSource.getRepository(TimeEntry).save(
        server.dataSource.getRepository(TimeEntry).create({
          workspaceId: ws.workspace.id,
          userId: ws.users.OWNER.id,
          projectId: project.id,
          clientId: client.id,
          taskId: task.id,
          date,
          minutes,
          billRate: 90_00,
          ...extra,
        }),
      );
    await entry('2026-03-03', 90);
    await entry('2026-03-20', 20);
    await entry('2026-03-21', 60, { billable: false });
    await entry('2026-04-02', 30); // next period
    const owner = await signIn(server, ws.emails.OWNER);
    const s = await createSchedule(owner, {
      clientId: client.id,
      name: 'Care',
      frequency: 'MONTHLY',
      mode: 'HOURS',
      projectId: project.id,
      startDate: '2026-02-01',
    });
    expect(s.nextIssueDate).toBe('2026-03-01');

    const summary = await billing().runDue({ now: new Date('2026-04-01T10:00:00Z'), workspaceId: ws.workspace.id });
    expect(summary).toMatchObject({ invoiced: 1, nothingToBill: 1, failed: 0 });
    const runs = await runsOf(s.id);
    expect(runs.map((r) => [r.periodStart, r.outcome])).toEqual([
      ['2026-02-01', 'NOTHING_TO_BILL'],
      ['2026-03-01', 'INVOICED'],
    ]);
    const [invoice] = await invoicesOf(s.id);
    expect(invoice.issueDate).toBe('2026-04-01');
    // 110 minutes at 90.00/h = 1.833 h → 164.97.
    expect(invoice.subtotal).toBe(16_497);
    const billed = await server.dataSource.getRepository(TimeEntry).findBy({ projectId: project.id });
    expect(
      billed
        .filter((e) => e.invoiceLineId)
        .map((e) => e.date)
        .sort(),
    ).toEqual(['2026-03-03', '2026-03-20']);
    expect(
      await billing().runDue({ now: new Date('2026-04-01T10:00:00Z'), workspaceId: ws.workspace.id }),
    ).toMatchObject({ invoiced: 0 });
  });

  it('ignores schedules of archived clients and finishes at the end date', async () => {
    const ws = await createWorkspace(server.dataSource, 'Ends');
    const owner = await signIn(server, ws.emails.OWNER);
    const archived = await insertClient(server.dataSource, ws.workspace.id);
    const a1 = await createSchedule(owner, {
      clientId: archived.id,
      name: 'Gone',
      frequency: 'MONTHLY',
      startDate: '2026-01-01',
      lines: LINES,
    });
    await server.dataSource.query(`UPDATE client SET "archivedAt" = now() WHERE id = $1`, [archived.id]);
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const ends = await createSchedule(owner, {
      clientId: client.id,
      name: 'Two months',
      frequency: 'MONTHLY',
      startDate: '2026-01-01',
      endDate: '2026-02-15',
      lines: LINES,
    });
    await billing().runDue({ now: new Date('2026-09-01T12:00:00Z'), workspaceId: ws.workspace.id });
    expect(await invoicesOf(a1.id)).toEqual([]);
    expect((await invoicesOf(ends.id)).map((i) => i.issueDate)).toEqual(['2026-01-01', '2026-02-01']);
    expect((await owner.gql(GET, { id: ends.id })).data.recurringInvoice).toMatchObject({
      status: 'FINISHED',
      nextIssueDate: null,
      upcoming: [],
    });
  });

  it('billing.recurring issues and emails auto-send invoices through the billing mailer, once', async () => {
    const ws = await createWorkspace(server.dataSource, 'Auto send');
    const client = await insertClient(server.dataSource, ws.workspace.id, {
      email: `billing-${ws.workspace.id.slice(0, 8)}@client.example`,
    });
    const s = await createSchedule(await signIn(server, ws.emails.OWNER), {
      clientId: client.id,
      name: 'Auto',
      frequency: 'YEARLY',
      startDate: '2025-01-10',
      lines: LINES,
      autoSend: true,
    });
    await server.app.services.jobs.runNow('billing.recurring', { workspaceId: ws.workspace.id });
    await server.app.services.jobs.runNow('billing.recurring', { workspaceId: ws.workspace.id });
    const invoices = await invoicesOf(s.id);
    expect(invoices.map((i) => [i.issueDate, i.status, i.number])).toEqual([
      ['2025-01-10', 'SENT', 'INV-0001'],
      ['2026-01-10', 'SENT', 'INV-0002'],
    ]);
    const emails = await server.dataSource
      .getRepository(OutboundEmail)
      .find({ where: { clientId: client.id }, order: { subject: 'ASC' } });
    expect(emails.map((e) => [e.kind, e.to])).toEqual([
      ['INVOICE', client.email],
      ['INVOICE', client.email],
    ]);
    expect(emails.map((e) => e.subject.includes('INV-0001') || e.subject.includes('INV-0002'))).toEqual([true, true]);
    expect(emails.every((e) => e.attachments.length === 1)).toBe(true);
  });

  it('runs through the job queue task billing.recurring', async () => {
    const ws = await createWorkspace(server.dataSource, 'Job');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const s = await createSchedule(await signIn(server, ws.emails.OWNER), {
      clientId: client.id,
      name: 'Job',
      frequency: 'YEARLY',
      startDate: '2020-06-01',
      lines: LINES,
    });
    expect(server.app.services.jobs.taskNames).toEqual(
      expect.arrayContaining(['billing.recurring', 'billing.reminders', 'billing.overdue', 'billing.quotes-expire']),
    );
    await server.app.services.jobs.runNow('billing.recurring', { workspaceId: ws.workspace.id });
    const invoices = await invoicesOf(s.id);
    expect(invoices.length).toBeGreaterThanOrEqual(6); // 2020…today, one per year
    expect(new Set(invoices.map((i) => i.issueDate)).size).toBe(invoices.length);
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    expect((await server.app.services.recurring.get(scope, s.id)).nextIssueDate! > invoices.at(-1)!.issueDate!).toBe(
      true,
    );
  });
});
