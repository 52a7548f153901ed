import {
  createWorkspace,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import { InvoiceReminder } from '../automation/invoice-reminder.entity';
import { OverdueService } from '../automation/overdue.service';
import { ReminderService } from '../automation/reminder.service';
import { Invoice } from '../invoices/invoice.entity';
import { CheckoutSession } from './checkout-session.entity';
import { localIntentEvent, localSessionEvent, type LocalProvider } from './local-provider';
import { Payment } from './payment.entity';
import { clientWithContacts, issuedInvoice, portalAs, postWebhook, WEBHOOK_SECRET } from './payments.test-kit';
import { UnappliedPayment } from './unapplied-payment.entity';

const CHECKOUT = `mutation($ids: [ID!]!) { createCheckout(invoiceIds: $ids) { url checkout { id amount } } }`;
const PORTAL_INVOICES = `{ portalInvoices(input: { filter: OPEN }) { nodes { id status balance amountSettling amountPayable } }
  portalStatement { byCurrency { currency outstanding settling } } }`;
const STAFF_INVOICE = `query($id: ID!) { invoice(id: $id) { status balance amountSettling } }`;
const UNAPPLIED = `query($clientId: ID) { unappliedPayments(clientId: $clientId) { clientId amount currency reason status providerPaymentId invoiceIds } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ paymentsProvider: 'local', stripeWebhookSecret: WEBHOOK_SECRET });
  ws = await createWorkspace(server.dataSource, 'Settle later');
  other = await createWorkspace(server.dataSource, 'Elsewhere');
});
afterAll(() => server.close());

const invoiceRow = (id: string) => server.dataSource.getRepository(Invoice).findOneByOrFail({ id });
const paymentsOf = (invoiceId: string) => server.dataSource.getRepository(Payment).find({ where: { invoiceId } });
const checkoutRow = (id: string) => server.dataSource.getRepository(CheckoutSession).findOneByOrFail({ id });
const provider = () => server.app.services.paymentProvider as LocalProvider;
/** The cron's clock: each reconciliation run happens one threshold (30 min by default) after the previous one. */
let clock = Date.now();
const reconcile = (workspaceId = ws.workspace.id) => {
  clock += 31 * 60_000;
  return server.app.services.paymentReconciler.run({ now: new Date(clock), workspaceId });
};

async function setup(workspace = ws) {
  const { client, contacts } = await clientWithContacts(server, workspace.workspace.id);
  const a = await issuedInvoice(server, workspace.workspace.id, client.id, 12_000);
  const b = await issuedInvoice(server, workspace.workspace.id, client.id, 3_050);
  const portal = await portalAs(server, contacts.BILLING);
  return { client, a, b, portal };
}

async function checkoutFor(portal: TestClient, ids: string[]) {
  const res = await portal.gql(CHECKOUT, { ids });
  expect(res.errors).toBeUndefined();
  return res.data.createCheckout as { url: string; checkout: { id: string; amount: number } };
}

/** Posts one of the stand-in page's forms, as the contact's browser would. */
async function onPage(portal: TestClient, url: string, action: 'pay' | 'settle', fields: Record<string, string>) {
  const res = await fetch(`${server.url}${url}/${action}`, {
    method: 'POST',
    headers: { cookie: portal.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
}

const timelineOf = async (clientId: string) =>
  (await server.dataSource.getRepository(TimelineEvent).find({ where: { clientId, type: 'PAYMENT' } })).map(
    (e) => e.summary,
  );

describe('a payment that settles later (Pix, boleto, SEPA debit)', () => {
  it('shows "settling" while in flight, is not charged, reminded or marked overdue again, and records once it arrives', async () => {
    const { a, b, portal, client } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id]);
    await onPage(portal, url, 'pay', { method: 'delayed' });

    expect(await invoiceRow(a.id)).toMatchObject({ status: 'SENT', amountPaid: 0, amountSettling: 12_000 });
    expect(await checkoutRow(checkout.id)).toMatchObject({ status: 'SETTLING' });
    expect(await paymentsOf(a.id)).toHaveLength(0);
    const staff = await signIn(server, ws.emails.OWNER);
    expect((await staff.gql(STAFF_INVOICE, { id: a.id })).data.invoice).toEqual({
      status: 'SENT',
      balance: 12_000,
      amountSettling: 12_000,
    });
    const seen = (await portal.gql(PORTAL_INVOICES)).data;
    expect(seen.portalInvoices.nodes.find((n: { id: string }) => n.id === a.id)).toMatchObject({
      balance: 12_000,
      amountSettling: 12_000,
      amountPayable: 0,
    });
    expect(seen.portalStatement.byCurrency).toEqual([{ currency: 'EUR', outstanding: 15_050, settling: 12_000 }]);
    expect(await timelineOf(client.id)).toContain(`Payment on its way for ${a.number}`);

    // No double payment: the in-flight invoice cannot be put in a new checkout; the other one still can.
    const again = await portal.gql(CHECKOUT, { ids: [a.id] });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'invoiceIds' });
    expect(again.errors?.[0].message).toMatch(/on its way/);
    expect((await checkoutFor(portal, [b.id])).checkout.amount).toBe(3_050);

    // Long past due: b is marked overdue and reminded; a, whose balance is all on its way, is held.
    const later = new Date(Date.now() + 60 * 86_400_000);
    await new OverdueService(server.dataSource, server.app.services.timeline).markOverdue({
      now: later,
      workspaceId: ws.workspace.id,
    });
    const reminded: string[] = [];
    await new ReminderService(server.dataSource, {
      enqueueReminder: async (_s, invoiceId) => {
        reminded.push(invoiceId);
        return null;
      },
    }).runDue({ now: later, workspaceId: ws.workspace.id });
    expect((await invoiceRow(b.id)).status).toBe('OVERDUE');
    expect((await invoiceRow(a.id)).status).toBe('SENT');
    expect(reminded).toContain(b.id);
    expect(reminded).not.toContain(a.id);
    expect(await server.dataSource.getRepository(InvoiceReminder).countBy({ invoiceId: a.id })).toBe(0);

    // The bank confirms: one payment, nothing settling any more.
    await onPage(portal, url, 'settle', { outcome: 'succeeded' });
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000, amountSettling: 0 });
    expect((await paymentsOf(a.id)).map((p) => [p.method, p.amount])).toEqual([['STRIPE', 12_000]]);
    expect(await checkoutRow(checkout.id)).toMatchObject({ status: 'COMPLETED' });
    expect((await staff.gql(STAFF_INVOICE, { id: a.id })).data.invoice.amountSettling).toBe(0);
  });

  it('releases the amount when the delayed payment fails, logs it on the timeline, and lets the client pay again', async () => {
    const { a, portal, client } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id]);
    await onPage(portal, url, 'pay', { method: 'delayed' });
    expect((await invoiceRow(a.id)).amountSettling).toBe(12_000);

    await onPage(portal, url, 'settle', { outcome: 'failed' });
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'SENT', amountPaid: 0, amountSettling: 0 });
    expect(await checkoutRow(checkout.id)).toMatchObject({ status: 'FAILED' });
    expect(await paymentsOf(a.id)).toHaveLength(0);
    expect(await timelineOf(client.id)).toContain(`Payment for ${a.number} failed`);
    expect((await checkoutFor(portal, [a.id])).checkout.amount).toBe(12_000);
  });

  it('the webhook ignores a failure after the money was recorded, and a settling event after completion', async () => {
    const { a, portal } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id]);
    await onPage(portal, url, 'pay', { method: 'card' });
    const row = await checkoutRow(checkout.id);
    const session = await provider().retrieveSession(row.providerSessionId!);
    const failed = localSessionEvent(
      'checkout.session.async_payment_failed',
      row,
      { ...session, paymentStatus: 'unpaid' },
      new Date(),
    );
    const unpaid = localSessionEvent(
      'checkout.session.completed',
      row,
      { ...session, paymentStatus: 'unpaid' },
      new Date(),
    );
    expect((await postWebhook(server, failed)).body.outcome).toBe('NOTHING_TO_RECORD');
    expect((await postWebhook(server, unpaid)).body.outcome).toBe('NOTHING_TO_RECORD');
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountSettling: 0 });
  });
});

describe('reconciliation (a lost webhook must not lose a payment)', () => {
  it('records a card payment whose webhook was dropped, once, and a late webhook records nothing more', async () => {
    const own = await createWorkspace(server.dataSource, 'Reconcile');
    const { a, b, portal } = await setup(own);
    const { url, checkout } = await checkoutFor(portal, [a.id, b.id]);
    await onPage(portal, url, 'pay', { method: 'card', drop: '1' });
    expect(await paymentsOf(a.id)).toHaveLength(0);

    // Not yet past the threshold: left alone.
    expect(await server.app.services.paymentReconciler.run({ workspaceId: own.workspace.id })).toMatchObject({
      checked: 0,
    });
    expect(await reconcile(own.workspace.id)).toMatchObject({ checked: 1, changed: 1, failed: 0 });
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000 });
    expect(await invoiceRow(b.id)).toMatchObject({ status: 'PAID', amountPaid: 3_050 });
    expect(await checkoutRow(checkout.id)).toMatchObject({ status: 'COMPLETED' });
    expect(await reconcile(own.workspace.id)).toMatchObject({ checked: 0 });

    // The provider's retry arrives after all: same payment intent, nothing more.
    const row = await checkoutRow(checkout.id);
    const session = await provider().retrieveSession(row.providerSessionId!);
    expect(
      (await postWebhook(server, localSessionEvent('checkout.session.completed', row, session, new Date()))).body
        .outcome,
    ).toBe('NOTHING_TO_RECORD');
    expect((await postWebhook(server, localIntentEvent(row, session, new Date()))).body.outcome).toBe(
      'NOTHING_TO_RECORD',
    );
    expect(await paymentsOf(a.id)).toHaveLength(1);
    expect(await paymentsOf(b.id)).toHaveLength(1);
  });

  it('records exactly one payment when the webhook and reconciliation arrive at the same time', async () => {
    for (let round = 0; round < 3; round++) {
      const { a, b, portal } = await setup();
      const { url, checkout } = await checkoutFor(portal, [a.id, b.id]);
      await onPage(portal, url, 'pay', { method: 'card', drop: '1' });
      const row = await checkoutRow(checkout.id);
      const session = await provider().retrieveSession(row.providerSessionId!);
      const completed = localSessionEvent('checkout.session.completed', row, session, new Date());
      const intent = localIntentEvent(row, session, new Date());
      const [r1, r2, rec] = await Promise.all([
        postWebhook(server, completed),
        postWebhook(server, intent),
        reconcile(),
      ]);
      expect([r1.status, r2.status, rec.failed]).toEqual([200, 200, 0]);
      expect((await paymentsOf(a.id)).map((p) => p.amount)).toEqual([12_000]);
      expect((await paymentsOf(b.id)).map((p) => p.amount)).toEqual([3_050]);
      expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000 });
    }
  });

  it('finds a delayed payment whose events were all dropped: settling, then paid; or settling, then failed', async () => {
    const { a, b, portal } = await setup();
    const first = await checkoutFor(portal, [a.id]);
    await onPage(portal, first.url, 'pay', { method: 'delayed', drop: '1' });
    expect((await invoiceRow(a.id)).amountSettling).toBe(0);
    await reconcile();
    expect(await invoiceRow(a.id)).toMatchObject({ amountSettling: 12_000, status: 'SENT' });
    expect(await checkoutRow(first.checkout.id)).toMatchObject({ status: 'SETTLING' });
    await onPage(portal, first.url, 'settle', { outcome: 'succeeded', drop: '1' });
    await reconcile();
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000, amountSettling: 0 });

    const second = await checkoutFor(portal, [b.id]);
    await onPage(portal, second.url, 'pay', { method: 'delayed', drop: '1' });
    await reconcile();
    expect((await invoiceRow(b.id)).amountSettling).toBe(3_050);
    await onPage(portal, second.url, 'settle', { outcome: 'failed', drop: '1' });
    await reconcile();
    expect(await invoiceRow(b.id)).toMatchObject({ status: 'SENT', amountPaid: 0, amountSettling: 0 });
    expect(await checkoutRow(second.checkout.id)).toMatchObject({ status: 'FAILED' });
  });

  it('closes checkouts the provider expired unpaid, and leaves other workspaces alone', async () => {
    const { a, portal } = await setup();
    const { checkout } = await checkoutFor(portal, [a.id]);
    const row = await checkoutRow(checkout.id);
    await provider().expire(row.providerSessionId!);
    expect(await reconcile(other.workspace.id)).toMatchObject({ checked: 0 });
    await reconcile();
    expect(await checkoutRow(checkout.id)).toMatchObject({ status: 'EXPIRED' });
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'SENT', amountSettling: 0 });
  });
});

describe('a payment arriving for an invoice voided meanwhile', () => {
  async function voidIt(invoiceId: string) {
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    await scope.transaction((s) => server.app.services.invoices.void(s, invoiceId, 'Issued by mistake', null));
  }

  it('keeps the invoice VOID (never PAID) and the money on the client as an unapplied payment due for refund', async () => {
    const { a, b, portal, client } = await setup();
    const { url } = await checkoutFor(portal, [a.id, b.id]);
    await onPage(portal, url, 'pay', { method: 'delayed' });
    await voidIt(a.id);
    await onPage(portal, url, 'settle', { outcome: 'succeeded' });

    expect(await invoiceRow(a.id)).toMatchObject({ status: 'VOID', amountPaid: 0, amountSettling: 0 });
    expect(await paymentsOf(a.id)).toHaveLength(0);
    expect(await invoiceRow(b.id)).toMatchObject({ status: 'PAID', amountPaid: 3_050, amountSettling: 0 });
    const unapplied = await server.dataSource.getRepository(UnappliedPayment).findBy({ clientId: client.id });
    expect(unapplied).toEqual([
      expect.objectContaining({ amount: 12_000, currency: 'EUR', reason: 'INVOICE_VOID', status: 'REFUND_DUE' }),
    ]);
    expect(await timelineOf(client.id)).toContain(
      `Payment received for void invoice ${a.number}: not applied, refund due`,
    );

    // Staff with financials.view see it; other workspaces, members without it and portal contacts do not.
    const owner = await signIn(server, ws.emails.OWNER);
    const list = await owner.gql(UNAPPLIED, { clientId: client.id });
    expect(list.data.unappliedPayments).toEqual([
      expect.objectContaining({
        amount: 12_000,
        reason: 'INVOICE_VOID',
        status: 'REFUND_DUE',
        invoiceIds: [a.id, b.id],
      }),
    ]);
    expect(list.data.unappliedPayments[0].providerPaymentId).toMatch(/^pi_local_[0-9a-f]+$/);
    expect(
      (await (await signIn(server, other.emails.OWNER)).gql(UNAPPLIED, { clientId: client.id })).data.unappliedPayments,
    ).toEqual([]);
    expect((await (await signIn(server, ws.emails.MEMBER)).gql(UNAPPLIED, {})).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await portal.gql(UNAPPLIED, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('does the same when reconciliation finds the payment, and a late webhook adds nothing', async () => {
    const { a, portal, client } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id]);
    await onPage(portal, url, 'pay', { method: 'card', drop: '1' });
    await voidIt(a.id);
    await reconcile();
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'VOID', amountPaid: 0 });
    expect(await checkoutRow(checkout.id)).toMatchObject({ status: 'COMPLETED' });
    const row = await checkoutRow(checkout.id);
    const session = await provider().retrieveSession(row.providerSessionId!);
    expect((await postWebhook(server, localIntentEvent(row, session, new Date()))).body.outcome).toBe(
      'NOTHING_TO_RECORD',
    );
    const unapplied = await server.dataSource.getRepository(UnappliedPayment).findBy({ clientId: client.id });
    expect(unapplied.map((u) => [u.amount, u.reason])).toEqual([[12_000, 'INVOICE_VOID']]);
  });
});
