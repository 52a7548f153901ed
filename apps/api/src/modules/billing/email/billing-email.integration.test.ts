import { TenantScope } from '../../../platform/db/tenant-scope';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { OutboundEmail } from '../../../platform/mail/outbound-email.entity';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import { Invoice } from '../invoices/invoice.entity';
import { Quote } from '../quotes/quote.entity';
import { makeInvoice, makeQuote, portalCookie } from './billing-email.test-kit';

const TEMPLATES = `query($c: ID) { emailTemplates(clientId: $c) { kind source clientId subject body placeholders } }`;
const SAVE = `mutation($i: SaveEmailTemplateInput!) { saveEmailTemplate(input: $i) { kind source subject body } }`;
const RESET = `mutation($k: EmailTemplateKind!, $c: ID) { resetEmailTemplate(kind: $k, clientId: $c) { kind source subject } }`;
const PREVIEW = `query($k: EmailTemplateKind!, $i: ID, $q: ID, $s: String, $b: String) {
  previewBillingEmail(kind: $k, invoiceId: $i, quoteId: $q, subject: $s, body: $b) { kind to subject body templateSource attachmentName } }`;
const SEND = `mutation($id: ID!, $s: String, $b: String) { sendInvoice(id: $id, subject: $s, body: $b) { emailId to subject attachmentName } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Mail Agency');
  b = await createWorkspace(server.dataSource, 'Other Agency');
});
afterAll(() => server.close());

const invoiceTemplate = (list: { kind: string; source: string; subject: string }[]) =>
  list.find((t) => t.kind === 'INVOICE');

async function mailsTo(email: string) {
  await server.app.services.outbox.flush();
  return server.app.mailCatcher!.list().filter((m) => m.to.includes(email));
}

describe('email templates', () => {
  it('resolves client override > workspace template > built-in default, and resets back down', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const acme = await insertClient(server.dataSource, a.workspace.id, { name: 'Acme' });
    const other = await insertClient(server.dataSource, a.workspace.id, { name: 'Other' });

    const initial = (await owner.gql(TEMPLATES, { c: acme.id })).data.emailTemplates;
    expect(initial.map((t: { kind: string }) => t.kind)).toEqual(['INVOICE', 'QUOTE', 'REMINDER', 'RECEIPT']);
    expect(invoiceTemplate(initial)).toMatchObject({
      source: 'DEFAULT',
      subject: 'Invoice {{invoice.number}} from {{agency.name}}',
    });
    expect(initial[0].placeholders).toContain('invoice.dueDate');

    const ws = await owner.gql(SAVE, {
      i: { kind: 'INVOICE', subject: 'WS {{invoice.number}}', body: 'Workspace body' },
    });
    expect(ws.data.saveEmailTemplate).toMatchObject({ source: 'WORKSPACE', subject: 'WS {{invoice.number}}' });
    const mine = await owner.gql(SAVE, {
      i: { kind: 'INVOICE', clientId: acme.id, subject: 'Acme {{invoice.number}}', body: 'Hi {{contact.name}}' },
    });
    expect(mine.data.saveEmailTemplate).toMatchObject({ source: 'CLIENT', subject: 'Acme {{invoice.number}}' });
    // Saving again replaces (one row per workspace, client and kind).
    await owner.gql(SAVE, {
      i: { kind: 'INVOICE', clientId: acme.id, subject: 'Acme v2 {{invoice.number}}', body: 'Hi' },
    });

    expect(invoiceTemplate((await owner.gql(TEMPLATES, { c: acme.id })).data.emailTemplates)).toMatchObject({
      source: 'CLIENT',
      subject: 'Acme v2 {{invoice.number}}',
    });
    expect(invoiceTemplate((await owner.gql(TEMPLATES, { c: other.id })).data.emailTemplates)).toMatchObject({
      source: 'WORKSPACE',
    });
    expect(invoiceTemplate((await owner.gql(TEMPLATES, {})).data.emailTemplates)).toMatchObject({
      source: 'WORKSPACE',
    });

    expect((await owner.gql(RESET, { k: 'INVOICE', c: acme.id })).data.resetEmailTemplate).toMatchObject({
      source: 'WORKSPACE',
      subject: 'WS {{invoice.number}}',
    });
    expect((await owner.gql(RESET, { k: 'INVOICE' })).data.resetEmailTemplate).toMatchObject({ source: 'DEFAULT' });
  });

  it('refuses unknown or malformed placeholders naming the field, and over-long subjects', async () => {
    const manager = await signIn(server, a.emails.MANAGER);
    const unknown = await manager.gql(SAVE, {
      i: { kind: 'QUOTE', subject: 'Quote {{quote.number}}', body: 'Pay {{invoice.balance}}' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'body' },
      message: expect.stringContaining('{{invoice.balance}}'),
    });
    const broken = await manager.gql(SAVE, {
      i: { kind: 'INVOICE', subject: 'Invoice {{ invoice number }}', body: 'x' },
    });
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    const long = await manager.gql(SAVE, { i: { kind: 'INVOICE', subject: 'x'.repeat(201), body: 'x' } });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
  });

  it('is closed to members, portal sessions and other workspaces', async () => {
    const acme = await insertClient(server.dataSource, a.workspace.id, { name: 'Closed' });
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(TEMPLATES, { c: acme.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await member.gql(SAVE, { i: { kind: 'INVOICE', subject: 's', body: 'b' } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    const ownerA = await signIn(server, a.emails.OWNER);
    await ownerA.gql(SAVE, { i: { kind: 'RECEIPT', subject: 'A receipt', body: 'Thanks' } });
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await ownerB.gql(TEMPLATES, { c: acme.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await ownerB.gql(SAVE, { i: { kind: 'INVOICE', clientId: acme.id, subject: 's', body: 'b' } })).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');
    const bList = (await ownerB.gql(TEMPLATES, {})).data.emailTemplates;
    expect(bList.find((t: { kind: string }) => t.kind === 'RECEIPT')).toMatchObject({ source: 'DEFAULT' });
    await ownerA.gql(RESET, { k: 'RECEIPT' });

    const cookie = await portalCookie(server, server.dataSource, a.workspace.id, acme.id, 'DECISION_MAKER');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-clientflow-app': 'portal', cookie },
      body: JSON.stringify({ query: TEMPLATES, variables: { c: acme.id } }),
    });
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('sending billing emails', () => {
  it("issues a draft, emails the client's billing contacts with the client's template and the PDF, and records it on the timeline", async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const acme = await insertClient(
      server.dataSource,
      a.workspace.id,
      { name: 'Send Co', email: 'office@send.example' },
      [
        { name: 'Bea Billing', email: 'bea@send.example', role: 'BILLING' },
        { name: 'Pat Primary', email: 'pat@send.example', role: 'DECISION_MAKER', isPrimary: true },
      ],
    );
    await owner.gql(SAVE, {
      i: {
        kind: 'INVOICE',
        clientId: acme.id,
        subject: 'Your invoice {{invoice.number}} ({{invoice.total}})',
        body: 'Dear {{contact.name}}, pay {{invoice.balance}} by {{invoice.dueDate}}. {{portal.link}}',
      },
    });
    const draft = await makeInvoice(server, a.workspace.id, acme.id);

    const preview = (await owner.gql(PREVIEW, { k: 'INVOICE', i: draft.id })).data.previewBillingEmail;
    expect(preview).toMatchObject({
      to: ['bea@send.example'],
      templateSource: 'CLIENT',
      subject: 'Your invoice Draft ($246.00)',
      attachmentName: 'invoice-draft.pdf',
    });
    const custom = await owner.gql(PREVIEW, { k: 'INVOICE', i: draft.id, b: 'Bad {{quote.number}}' });
    expect(custom.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

    const sent = (await owner.gql(SEND, { id: draft.id })).data.sendInvoice;
    const issued = await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: draft.id });
    expect(issued.status).toBe('SENT');
    expect(sent).toMatchObject({
      to: ['bea@send.example'],
      subject: `Your invoice ${issued.number} ($246.00)`,
      attachmentName: `${issued.number}.pdf`,
    });

    const row = await server.dataSource.getRepository(OutboundEmail).findOneByOrFail({ id: sent.emailId });
    expect(row).toMatchObject({ clientId: acme.id, kind: 'INVOICE', status: 'PENDING' });
    expect(row.text).toContain('Dear Bea Billing, pay $246.00 by');
    expect(row.text).toContain(`http://portal.test/invoices/${draft.id}`);
    expect(row.attachments).toEqual([
      {
        filename: `${issued.number}.pdf`,
        contentType: 'application/pdf',
        storageKey: expect.stringMatching(/^billing-email\//),
      },
    ]);

    const [mail] = await mailsTo('bea@send.example');
    expect(mail.subject).toBe(`Your invoice ${issued.number} ($246.00)`);
    expect(mail.attachments).toEqual([
      expect.objectContaining({ filename: `${issued.number}.pdf`, contentType: 'application/pdf' }),
    ]);
    expect(mail.attachments[0].size).toBeGreaterThan(1000);

    const events = await server.dataSource.getRepository(TimelineEvent).findBy({ clientId: acme.id, type: 'EMAIL' });
    expect(events.map((e) => e.summary)).toEqual([`Invoice ${issued.number} emailed to bea@send.example`]);

    // Re-sending an issued invoice is allowed; a per-send subject override wins; no second number is taken.
    const again = (await owner.gql(SEND, { id: draft.id, s: 'Copy of {{invoice.number}}' })).data.sendInvoice;
    expect(again.subject).toBe(`Copy of ${issued.number}`);
    expect((await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: draft.id })).number).toBe(
      issued.number,
    );
  });

  it('falls back to the primary contact, then the client email, and refuses a client without any address', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const primary = await insertClient(
      server.dataSource,
      a.workspace.id,
      { name: 'Primary Co', email: 'office@primary.example' },
      [
        { name: 'Pia', email: 'pia@primary.example', isPrimary: true },
        { name: 'Tom', email: 'tom@primary.example', role: 'TECHNICAL' },
      ],
    );
    const officeOnly = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Office Co',
      email: 'office@office.example',
    });
    const nobody = await insertClient(server.dataSource, a.workspace.id, { name: 'Nobody Co' });
    const to = async (clientId: string) =>
      (await owner.gql(PREVIEW, { k: 'INVOICE', i: (await makeInvoice(server, a.workspace.id, clientId)).id })).data
        ?.previewBillingEmail.to;
    expect(await to(primary.id)).toEqual(['pia@primary.example']);
    expect(await to(officeOnly.id)).toEqual(['office@office.example']);
    const draft = await makeInvoice(server, a.workspace.id, nobody.id);
    const res = await owner.gql(SEND, { id: draft.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipients' });
    // Nothing half-done: the failed send did not issue the invoice.
    expect((await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: draft.id })).status).toBe('DRAFT');
  });

  it('is refused to members and other workspaces', async () => {
    const acme = await insertClient(server.dataSource, a.workspace.id, { name: 'Guarded', email: 'g@guarded.example' });
    const draft = await makeInvoice(server, a.workspace.id, acme.id);
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(SEND, { id: draft.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await ownerB.gql(SEND, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.gql(PREVIEW, { k: 'INVOICE', i: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: draft.id })).status).toBe('DRAFT');
  });

  it('sends receipts and reminders through the same templates', async () => {
    const acme = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Payer Co',
      email: 'payer@payer.example',
    });
    const invoice = await makeInvoice(server, a.workspace.id, acme.id, { issue: true });
    const scope = new TenantScope(server.dataSource.manager, a.workspace.id);
    const { mailer, invoices } = { mailer: server.app.services.billingMailer, invoices: server.app.services.invoices };
    const receipt = await scope.transaction(async (s) => {
      const { payment } = await invoices.recordPayment(s, invoice.id, { amount: 4_600, method: 'BANK_TRANSFER' });
      return mailer.enqueueReceipt(s, payment.id);
    });
    expect(receipt.subject).toBe(`Payment received for invoice ${invoice.number}`);
    const reminder = await scope.transaction((s) => mailer.enqueueReminder(s, invoice.id, 7));
    expect(reminder.subject).toContain(`Reminder: invoice ${invoice.number}`);
    const mails = await mailsTo('payer@payer.example');
    expect(mails.map((m) => m.subject).sort()).toEqual([receipt.subject, reminder.subject].sort());
    const receiptMail = mails.find((m) => m.subject === receipt.subject)!;
    expect(receiptMail.text).toContain('We received your payment of $46.00');
    expect(receiptMail.text).toContain('Remaining balance: $200.00');
  });
});

describe('quotes and receipts over GraphQL', () => {
  it('sends a draft quote (number, validity) with its PDF, and refuses quotes of other workspaces', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const acme = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Quote Co',
      email: 'quotes@quote.example',
    });
    const draft = await makeQuote(server, a.workspace.id, acme.id);
    const ownerB = await signIn(server, b.emails.OWNER);
    expect(
      (await ownerB.gql(`mutation($id: ID!) { sendQuote(id: $id) { emailId } }`, { id: draft.id })).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');

    const res = await owner.gql(
      `mutation($id: ID!) { sendQuote(id: $id) { to subject attachmentName quote { status number validUntil } } }`,
      { id: draft.id },
    );
    const { quote, ...sent } = res.data.sendQuote;
    expect(quote).toMatchObject({ status: 'SENT', number: expect.stringMatching(/^QUO-/) });
    expect(sent).toEqual({
      to: ['quotes@quote.example'],
      subject: `Quote ${quote.number} from ${a.workspace.name}`,
      attachmentName: `${quote.number}.pdf`,
    });
    const [mail] = await mailsTo('quotes@quote.example');
    expect(mail.text).toContain('Please find attached our quote');
    expect(mail.text).toContain('$800.00');
    expect(mail.attachments.map((x) => x.filename)).toEqual([`${quote.number}.pdf`]);
    expect((await server.dataSource.getRepository(Quote).findOneByOrFail({ id: draft.id })).status).toBe('SENT');

    const pdf = await fetch(`${server.url}/files/quotes/${draft.id}/pdf`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(pdf.headers.get('content-disposition')).toContain(`${quote.number}.pdf`);
  });

  it('emails a receipt only when recordPayment is asked to', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const acme = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Receipt Co',
      email: 'pay@receipt.example',
    });
    const invoice = await makeInvoice(server, a.workspace.id, acme.id, { issue: true });
    const PAY = `mutation($id: ID!, $r: Boolean) { recordPayment(invoiceId: $id, input: { amount: 1000, method: CASH }, sendReceipt: $r) { status amountPaid } }`;
    expect((await owner.gql(PAY, { id: invoice.id })).data.recordPayment).toEqual({
      status: 'PARTIAL',
      amountPaid: 1000,
    });
    expect(await mailsTo('pay@receipt.example')).toHaveLength(0);
    expect((await owner.gql(PAY, { id: invoice.id, r: true })).data.recordPayment.amountPaid).toBe(2000);
    const mails = await mailsTo('pay@receipt.example');
    expect(mails.map((m) => m.subject)).toEqual([`Payment received for invoice ${invoice.number}`]);
    expect(mails[0].text).toContain('Remaining balance: $226.00');
  });
});

describe('outbox through the job queue', () => {
  it('adds one email.send job per message in the same transaction, and delivering twice sends once', async () => {
    const acme = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Queue Co',
      email: 'queue@queue.example',
    });
    const invoice = await makeInvoice(server, a.workspace.id, acme.id, { issue: true });
    const scope = new TenantScope(server.dataSource.manager, a.workspace.id);

    // A rolled-back transaction leaves neither the row nor the job.
    const before = await server.dataSource.getRepository(OutboundEmail).countBy({ clientId: acme.id });
    await expect(
      scope.transaction(async (s) => {
        await server.app.services.billingMailer.enqueueInvoice(s, invoice.id);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await server.dataSource.getRepository(OutboundEmail).countBy({ clientId: acme.id })).toBe(before);

    const queued = await scope.transaction((s) => server.app.services.billingMailer.enqueueInvoice(s, invoice.id));
    const jobs: { task_identifier: string; payload: { emailId: string } }[] = await server.dataSource.query(
      `SELECT t.identifier AS task_identifier, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = $1`,
      [`email:${queued.emailId}`],
    );
    expect(jobs).toEqual([{ task_identifier: 'email.send', payload: { emailId: queued.emailId } }]);

    await Promise.all([
      server.app.services.jobs.runNow('email.send', { emailId: queued.emailId }),
      server.app.services.jobs.runNow('email.send', { emailId: queued.emailId }),
    ]);
    await server.app.services.jobs.runNow('email.send', { emailId: queued.emailId });
    const row = await server.dataSource.getRepository(OutboundEmail).findOneByOrFail({ id: queued.emailId });
    expect(row).toMatchObject({ status: 'SENT', attempts: 1 });
    const caught = server.app.mailCatcher!.list().filter((m) => m.to.includes('queue@queue.example'));
    expect(caught).toHaveLength(1);
    expect(caught[0].messageId).toBe(`<${queued.emailId}@clientflow.local>`);

    // A crash between the SMTP server's acceptance and the SENT commit makes the row PENDING again: delivered once
    // more (at least once), it carries the same Message-ID, so mail clients fold the copies into one message.
    await server.dataSource.getRepository(OutboundEmail).update(queued.emailId, { status: 'PENDING', sentAt: null });
    await server.app.services.jobs.runNow('email.send', { emailId: queued.emailId });
    const again = server.app.mailCatcher!.list().filter((m) => m.to.includes('queue@queue.example'));
    expect(again).toHaveLength(2);
    expect(new Set(again.map((m) => m.messageId))).toEqual(new Set([`<${queued.emailId}@clientflow.local>`]));
  });
});
