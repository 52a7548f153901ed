import { createDataSource } from '../../../data-source';
import { TenantScope } from '../../../platform/db/tenant-scope';
import {
  createWorkspace,
  insertClient,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { BillingSettings } from '../billing-settings.entity';
import { Invoice } from '../invoices/invoice.entity';
import { InvoiceReminder } from './invoice-reminder.entity';
import { OutboundEmail } from '../../../platform/mail/outbound-email.entity';
import { Quote } from '../quotes/quote.entity';
import { QuoteEvent } from '../quotes/quote-event.entity';
import { Workspace } from '../../identity/workspace.entity';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import { OverdueService } from './overdue.service';
import { ReminderService, type ReminderMailer } from './reminder.service';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Records the reminders enqueued (the billing mailer's place). */
function recordingMailer() {
  const sent: { invoiceId: string; offset: number }[] = [];
  const mailer: ReminderMailer = {
    enqueueReminder: async (_scope, invoiceId, offset) => {
      sent.push({ invoiceId, offset });
      return null;
    },
  };
  return { sent, mailer };
}

/** An issued invoice of 1 000.00 due on `dueDate`. */
async function issuedInvoice(ws: TestWorkspace, dueDate: string, issueDate = '2026-01-01'): Promise<Invoice> {
  const client = await insertClient(server.dataSource, ws.workspace.id);
  const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
  const { invoices } = server.app.services;
  return scope.transaction(async (s) => {
    const draft = await invoices.createDraft(s, {
      clientId: client.id,
      issueDate,
      dueDate,
      lines: [{ description: 'Work', quantity: 1, unitPrice: 100_000, taxRate: 0 }],
    });
    return invoices.issue(s, draft.id, { today: issueDate });
  });
}

const pay = (ws: TestWorkspace, invoiceId: string, amount: number) =>
  new TenantScope(server.dataSource.manager, ws.workspace.id).transaction((s) =>
    server.app.services.invoices.recordPayment(s, invoiceId, { amount, method: 'BANK_TRANSFER' }),
  );
const remindersOf = (invoiceId: string) =>
  server.dataSource.getRepository(InvoiceReminder).find({ where: { invoiceId }, order: { offsetDays: 'ASC' } });
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe('reminders', () => {
  it('sends each offset once even when the job runs twice or on two workers at once', async () => {
    const ws = await createWorkspace(server.dataSource, 'Remind');
    const invoice = await issuedInvoice(ws, '2026-03-10');
    const { sent, mailer } = recordingMailer();
    const second = createDataSource(process.env.TEST_DATABASE_URL!, { poolSize: 3 });
    await second.initialize();
    try {
      const workers = [
        new ReminderService(server.dataSource, mailer),
        new ReminderService(second, mailer),
        new ReminderService(second, mailer),
      ];
      const run = (date: string) =>
        Promise.all(workers.map((w) => w.runDue({ now: at(date), workspaceId: ws.workspace.id })));
      await run('2026-03-06'); // before -3
      expect(sent).toEqual([]);
      await run('2026-03-07');
      await run('2026-03-07');
      await run('2026-03-10');
      await run('2026-03-17');
      await run('2026-03-17');
    } finally {
      await second.destroy();
    }
    expect(sent.map((s) => s.offset)).toEqual([-3, 0, 7]);
    expect((await remindersOf(invoice.id)).map((r) => r.offsetDays)).toEqual([-3, 0, 7]);
  });

  it('stops when paid, and sends nothing in workspaces with reminders off', async () => {
    const ws = await createWorkspace(server.dataSource, 'Paid');
    const paid = await issuedInvoice(ws, '2026-03-10');
    const partial = await issuedInvoice(ws, '2026-03-10');
    await pay(ws, paid.id, 100_000);
    await pay(ws, partial.id, 40_000);
    const { sent, mailer } = recordingMailer();
    const service = new ReminderService(server.dataSource, mailer);
    await service.runDue({ now: at('2026-03-10'), workspaceId: ws.workspace.id });
    expect(sent).toEqual([{ invoiceId: partial.id, offset: 0 }]);
    await pay(ws, partial.id, 60_000);
    await service.runDue({ now: at('2026-03-17'), workspaceId: ws.workspace.id });
    expect(sent).toHaveLength(1);

    const off = await createWorkspace(server.dataSource, 'Off');
    await server.dataSource
      .getRepository(BillingSettings)
      .save({ workspaceId: off.workspace.id, remindersEnabled: false });
    await issuedInvoice(off, '2026-03-10');
    await service.runDue({ now: at('2026-03-17'), workspaceId: off.workspace.id });
    expect(sent).toHaveLength(1);
  });

  it('catching up sends only the latest offset reached, with the workspace offsets', async () => {
    const ws = await createWorkspace(server.dataSource, 'Late');
    await server.dataSource
      .getRepository(BillingSettings)
      .save({ workspaceId: ws.workspace.id, reminderOffsetsDays: [-5, 0, 10, 30] });
    const invoice = await issuedInvoice(ws, '2026-03-10');
    const { sent, mailer } = recordingMailer();
    const service = new ReminderService(server.dataSource, mailer);
    await service.runDue({ now: at('2026-03-25'), workspaceId: ws.workspace.id });
    await service.runDue({ now: at('2026-03-26'), workspaceId: ws.workspace.id });
    expect(sent).toEqual([{ invoiceId: invoice.id, offset: 10 }]);
    await service.runDue({ now: at('2026-06-01'), workspaceId: ws.workspace.id });
    expect(sent.map((s) => s.offset)).toEqual([10, 30]);
    expect((await remindersOf(invoice.id)).map((r) => r.offsetDays)).toEqual([10, 30]);
  });

  it('rolls the reminder row back when the email cannot be enqueued (retried next run)', async () => {
    const ws = await createWorkspace(server.dataSource, 'No mail');
    const invoice = await issuedInvoice(ws, '2026-03-10');
    const failing = new ReminderService(server.dataSource, {
      enqueueReminder: async () => Promise.reject(new Error('no recipient')),
    });
    expect(await failing.runDue({ now: at('2026-03-10'), workspaceId: ws.workspace.id })).toMatchObject({
      sent: 0,
      failed: 1,
    });
    expect(await remindersOf(invoice.id)).toEqual([]);
  });

  it('billing.reminders emails the client through the billing mailer and links the outbox row', async () => {
    const ws = await createWorkspace(server.dataSource, 'Mailed');
    const client = await insertClient(server.dataSource, ws.workspace.id, {
      email: `ap-${ws.workspace.id.slice(0, 8)}@client.example`,
    });
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    const { invoices } = server.app.services;
    // Due long ago on the real clock: catching up sends only the latest offset (14) once.
    const invoice = await scope.transaction(async (s) => {
      const draft = await invoices.createDraft(s, {
        clientId: client.id,
        issueDate: '2026-01-01',
        dueDate: '2026-01-15',
        lines: [{ description: 'Work', quantity: 1, unitPrice: 100_000, taxRate: 0 }],
      });
      return invoices.issue(s, draft.id, { today: '2026-01-01' });
    });
    await server.app.services.jobs.runNow('billing.reminders', { workspaceId: ws.workspace.id });
    await server.app.services.jobs.runNow('billing.reminders', { workspaceId: ws.workspace.id });
    const [reminder, ...more] = await remindersOf(invoice.id);
    expect(more).toEqual([]);
    expect(reminder.offsetDays).toBe(14);
    const email = await server.dataSource.getRepository(OutboundEmail).findOneByOrFail({ id: reminder.emailId! });
    expect(email).toMatchObject({ kind: 'REMINDER', to: client.email, clientId: client.id });
    expect(email.subject).toContain(invoice.number!);
  });
});

describe('overdue marking', () => {
  it('marks invoices past due with a balance OVERDUE once, with one timeline event each', async () => {
    const ws = await createWorkspace(server.dataSource, 'Overdue');
    const sent = await issuedInvoice(ws, '2026-03-10');
    const partial = await issuedInvoice(ws, '2026-03-10');
    const paid = await issuedInvoice(ws, '2026-03-10');
    const notYet = await issuedInvoice(ws, '2026-03-11');
    const service = new OverdueService(server.dataSource, server.app.services.timeline);
    const results = await Promise.all(
      [1, 2, 3].map(() => service.markOverdue({ now: at('2026-03-11'), workspaceId: ws.workspace.id })),
    );
    // The three due on March 10 are late on the 11th; the one due on the 11th is not.
    expect(results.reduce((n, r) => n + r.marked, 0)).toBe(3);
    // Payments on an overdue invoice keep it OVERDUE while a balance is left (statusAfterPayment), PAID once settled.
    await pay(ws, partial.id, 1);
    await pay(ws, paid.id, 100_000);
    expect((await service.markOverdue({ now: at('2026-03-11'), workspaceId: ws.workspace.id })).marked).toBe(0);
    const status = async (id: string) =>
      (await server.dataSource.getRepository(Invoice).findOneByOrFail({ id })).status;
    expect([await status(sent.id), await status(partial.id), await status(paid.id), await status(notYet.id)]).toEqual([
      'OVERDUE',
      'OVERDUE',
      'PAID',
      'SENT',
    ]);
    const events = await server.dataSource
      .getRepository(TimelineEvent)
      .findBy({ clientId: sent.clientId, type: 'INVOICE' });
    expect(events.filter((e) => e.summary.endsWith('is overdue')).map((e) => e.summary)).toEqual([
      `Invoice ${sent.number} is overdue`,
    ]);
  });

  it("follows the workspace's time zone and runs as the billing.overdue task", async () => {
    const ws = await createWorkspace(server.dataSource, 'Tz');
    await server.dataSource.getRepository(Workspace).update({ id: ws.workspace.id }, { timezone: 'Pacific/Auckland' });
    const invoice = await issuedInvoice(ws, '2026-03-10');
    const service = new OverdueService(server.dataSource, server.app.services.timeline);
    // NZDT is UTC+13 in March: 10:30Z is 23:30 on March 10, 12:00Z is already 01:00 on March 11.
    expect(
      (await service.markOverdue({ now: new Date('2026-03-10T10:30:00Z'), workspaceId: ws.workspace.id })).marked,
    ).toBe(0);
    expect(
      (await service.markOverdue({ now: new Date('2026-03-10T12:00:00Z'), workspaceId: ws.workspace.id })).marked,
    ).toBe(1);
    const other = await issuedInvoice(ws, '2026-03-10');
    await server.app.services.jobs.runNow('billing.overdue', { workspaceId: ws.workspace.id });
    expect((await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: other.id })).status).toBe('OVERDUE');
    expect((await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: invoice.id })).status).toBe('OVERDUE');
  });
});

describe('quote expiry', () => {
  it('billing.quotes-expire expires SENT quotes past their validity once, leaving the others', async () => {
    const ws = await createWorkspace(server.dataSource, 'Quotes');
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const repo = server.dataSource.getRepository(Quote);
    const quote = (status: Quote['status'], validUntil: string) =>
      repo.save(
        repo.create({ workspaceId: ws.workspace.id, clientId: client.id, status, validUntil, currency: 'EUR' }),
      );
    // The task runs on the real clock.
    const due = await quote('SENT', '2020-03-10');
    const fresh = await quote('SENT', '2099-03-11');
    const accepted = await quote('ACCEPTED', '2026-03-01');
    // QuoteService.expireQuotes (branch inv-api) through the job queue task.
    const before = await repo.countBy({ workspaceId: ws.workspace.id, status: 'EXPIRED' });
    expect(before).toBe(0);
    await server.app.services.jobs.runNow('billing.quotes-expire', { workspaceId: ws.workspace.id });
    await server.app.services.jobs.runNow('billing.quotes-expire', { workspaceId: ws.workspace.id });
    const statuses = await Promise.all(
      [due, fresh, accepted].map(async (q) => (await repo.findOneByOrFail({ id: q.id })).status),
    );
    expect(statuses).toEqual(['EXPIRED', 'SENT', 'ACCEPTED']);
    expect(
      (await server.dataSource.getRepository(QuoteEvent).findBy({ quoteId: due.id })).map((e) => e.action),
    ).toEqual(['EXPIRED']);
  });
});
