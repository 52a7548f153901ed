import {
  createWorkspace,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { Invoice } from '../invoices/invoice.entity';
import { Payment } from './payment.entity';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import { CheckoutSession } from './checkout-session.entity';
import { localPaymentEvents, signedHeader } from './local-provider';
import { PaymentProviderEvent } from './payment-provider-event.entity';
import {
  clientWithContacts,
  draftInvoice,
  issuedInvoice,
  portalAs,
  postWebhook,
  WEBHOOK_SECRET,
} from './payments.test-kit';

const CHECKOUT = `mutation($ids: [ID!]!) { createCheckout(invoiceIds: $ids) { url checkout { id status amount currency invoiceIds } } }`;
const CHECKOUT_STATUS = `query($id: ID!) { portalCheckout(id: $id) { status } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ paymentsProvider: 'local', stripeWebhookSecret: WEBHOOK_SECRET });
  ws = await createWorkspace(server.dataSource, 'Payments');
  other = await createWorkspace(server.dataSource, 'Elsewhere');
});
afterAll(() => server.close());

const invoiceRow = (id: string) => server.dataSource.getRepository(Invoice).findOneByOrFail({ id });
const paymentsOf = (invoiceId: string) => server.dataSource.getRepository(Payment).find({ where: { invoiceId } });

async function setup() {
  const { client, contacts } = await clientWithContacts(server, ws.workspace.id);
  const a = await issuedInvoice(server, ws.workspace.id, client.id, 12_000);
  const b = await issuedInvoice(server, ws.workspace.id, client.id, 3_050);
  const portal = await portalAs(server, contacts.BILLING);
  return { client, contacts, a, b, portal };
}

async function checkoutFor(portal: TestClient, ids: string[]) {
  const res = await portal.gql(CHECKOUT, { ids });
  expect(res.errors).toBeUndefined();
  return res.data.createCheckout as { url: string; checkout: { id: string; amount: number; invoiceIds: string[] } };
}

const checkoutRow = (id: string) => server.dataSource.getRepository(CheckoutSession).findOneByOrFail({ id });

describe('pay now through the local checkout', () => {
  it('charges the balances, serves the page, and on Pay records one STRIPE payment per invoice through the signed webhook', async () => {
    const { a, b, portal, client, contacts } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id, b.id]);
    expect(checkout).toMatchObject({ amount: 15_050, invoiceIds: [a.id, b.id] });
    expect(url).toMatch(/^\/payments\/local-checkout\/cs_local_[0-9a-f]+$/);

    const page = await fetch(`${server.url}${url}`, { headers: { cookie: portal.cookieHeader() } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(ws.workspace.name);
    expect(html).toContain(`Invoice ${a.number}`);
    expect(html).toContain(`Invoice ${b.number}`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!portal\.test)/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    // Anonymous visitors and other clients' contacts cannot open it.
    expect((await fetch(`${server.url}${url}`)).status).toBe(401);

    const paid = await fetch(`${server.url}${url}/pay`, {
      method: 'POST',
      headers: { cookie: portal.cookieHeader() },
      redirect: 'manual',
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://portal.test/invoices?payment=success&checkout=${checkout.id}`);

    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000 });
    expect(await invoiceRow(b.id)).toMatchObject({ status: 'PAID', amountPaid: 3_050 });
    const [pa] = await paymentsOf(a.id);
    expect(pa).toMatchObject({ method: 'STRIPE', amount: 12_000, currency: 'EUR' });
    expect(pa.providerPaymentId).toMatch(new RegExp(`^pi_local_[0-9a-f]+:${a.id}$`));
    expect(pa.providerEventId).toMatch(/^evt_local_/);
    expect(await paymentsOf(b.id)).toHaveLength(1);
    const events = await server.dataSource
      .getRepository(PaymentProviderEvent)
      .find({ where: { checkoutSessionId: checkout.id } });
    expect(events.map((e) => e.outcome).sort()).toEqual(['NOTHING_TO_RECORD', 'PAID']);
    const timeline = await server.dataSource
      .getRepository(TimelineEvent)
      .find({ where: { clientId: client.id, type: 'PAYMENT' } });
    expect(timeline).toHaveLength(2);
    expect((await portal.gql(CHECKOUT_STATUS, { id: checkout.id })).data.portalCheckout.status).toBe('COMPLETED');

    // One receipt job per payment, queued with it; the job emails the billing contact with the PDF attached.
    const jobs: { payload: { paymentId: string } }[] = await server.dataSource.query(
      `SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
        WHERE t.identifier = 'payments.receipt' AND j.payload->>'clientId' = $1`,
      [client.id],
    );
    expect(jobs.map((j) => j.payload.paymentId).sort()).toEqual([pa.id, (await paymentsOf(b.id))[0].id].sort());
    for (const job of jobs) await server.app.services.jobs.runNow('payments.receipt', job.payload);
    const receipts = await server.dataSource.query(
      `SELECT "to", kind, attachments FROM outbound_email WHERE "clientId" = $1 AND kind = 'RECEIPT'`,
      [client.id],
    );
    expect(receipts).toHaveLength(2);
    expect(receipts[0].to).toContain(contacts.BILLING.email);
    expect(receipts[0].attachments[0].contentType).toBe('application/pdf');

    // Paying the same page again changes nothing.
    const again = await fetch(`${server.url}${url}/pay`, {
      method: 'POST',
      headers: { cookie: portal.cookieHeader() },
      redirect: 'manual',
    });
    expect(again.status).toBe(303);
    expect(await paymentsOf(a.id)).toHaveLength(1);
  });

  it('cancels back to the portal without recording anything', async () => {
    const { a, portal } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id]);
    const res = await fetch(`${server.url}${url}/cancel`, {
      method: 'POST',
      headers: { cookie: portal.cookieHeader() },
      redirect: 'manual',
    });
    expect(res.headers.get('location')).toBe(`http://portal.test/invoices?payment=cancelled&checkout=${checkout.id}`);
    expect((await checkoutRow(checkout.id)).status).toBe('CANCELLED');
    expect(await paymentsOf(a.id)).toHaveLength(0);
  });
});

describe('the Stripe webhook', () => {
  async function paidEvents() {
    const { a, b, portal } = await setup();
    const { checkout } = await checkoutFor(portal, [a.id, b.id]);
    const [completed, succeeded] = localPaymentEvents(await checkoutRow(checkout.id));
    return { a, b, checkout, completed, succeeded };
  }

  it('answers 400 to a missing, forged or wrongly signed event and records nothing', async () => {
    const { a, completed } = await paidEvents();
    expect((await postWebhook(server, completed, { secret: null })).status).toBe(400);
    expect((await postWebhook(server, completed, { secret: 'whsec_someone_else' })).status).toBe(400);
    expect((await postWebhook(server, completed, { signature: 't=1,v1=deadbeef' })).status).toBe(400);
    // A valid signature over another payload does not cover this one.
    const tampered = { ...completed, data: { object: { ...completed.data.object, amount_total: 1 } } };
    const signatureOfOriginal = signedHeader(JSON.stringify(completed), WEBHOOK_SECRET);
    expect((await postWebhook(server, tampered, { signature: signatureOfOriginal })).status).toBe(400);
    expect(await paymentsOf(a.id)).toHaveLength(0);
    expect(await server.dataSource.getRepository(PaymentProviderEvent).findOneBy({ id: completed.id })).toBeNull();
  });

  it('processes a duplicate delivery of the same event once', async () => {
    const { a, b, completed } = await paidEvents();
    expect(await postWebhook(server, completed)).toEqual({ status: 200, body: { received: true, outcome: 'PAID' } });
    expect(await postWebhook(server, completed)).toEqual({
      status: 200,
      body: { received: true, outcome: 'DUPLICATE' },
    });
    expect(await paymentsOf(a.id)).toHaveLength(1);
    expect(await paymentsOf(b.id)).toHaveLength(1);
  });

  it('converges to one payment per invoice when payment_intent.succeeded arrives before checkout.session.completed', async () => {
    const { a, b, checkout, completed, succeeded } = await paidEvents();
    expect((await postWebhook(server, succeeded)).body.outcome).toBe('PAID');
    expect((await postWebhook(server, completed)).body.outcome).toBe('NOTHING_TO_RECORD');
    expect((await postWebhook(server, succeeded)).body.outcome).toBe('DUPLICATE');
    expect((await paymentsOf(a.id)).map((p) => p.amount)).toEqual([12_000]);
    expect((await paymentsOf(b.id)).map((p) => p.amount)).toEqual([3_050]);
    expect((await invoiceRow(b.id)).status).toBe('PAID');
    expect((await checkoutRow(checkout.id)).status).toBe('COMPLETED');
  });

  it('converges when both events and their duplicates arrive at the same time', async () => {
    const { a, b, completed, succeeded } = await paidEvents();
    const results = await Promise.all([completed, succeeded, completed, succeeded].map((e) => postWebhook(server, e)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(results.filter((r) => r.body.outcome === 'PAID')).toHaveLength(1);
    expect(await paymentsOf(a.id)).toHaveLength(1);
    expect(await paymentsOf(b.id)).toHaveLength(1);
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000 });
  });

  it('records a partial amount as PARTIAL, filling the invoices in checkout order', async () => {
    const { a, b, succeeded } = await paidEvents();
    const partial = { ...succeeded, data: { object: { ...succeeded.data.object, amount_received: 13_000 } } };
    expect((await postWebhook(server, partial)).body.outcome).toBe('PAID');
    expect(await invoiceRow(a.id)).toMatchObject({ status: 'PAID', amountPaid: 12_000 });
    expect(await invoiceRow(b.id)).toMatchObject({ status: 'PARTIAL', amountPaid: 1_000 });
  });

  it('records nothing for an invoice paid by other means or voided meanwhile, and answers 200', async () => {
    const { a, b, completed } = await paidEvents();
    await server.dataSource.query(`UPDATE invoice SET status = 'PAID', "amountPaid" = total WHERE id = $1`, [a.id]);
    await server.dataSource.query(`UPDATE invoice SET status = 'VOID' WHERE id = $1`, [b.id]);
    expect(await postWebhook(server, completed)).toEqual({
      status: 200,
      body: { received: true, outcome: 'NOTHING_TO_RECORD' },
    });
    expect(await paymentsOf(a.id)).toHaveLength(0);
    expect(await paymentsOf(b.id)).toHaveLength(0);
  });

  it('ignores event types it does not handle, unpaid sessions and unknown checkouts with 200', async () => {
    const { a, completed } = await paidEvents();
    expect(
      (
        await postWebhook(server, {
          id: 'evt_other_1',
          object: 'event',
          type: 'customer.created',
          data: { object: {} },
        })
      ).body.outcome,
    ).toBe('IGNORED');
    const unpaid = {
      ...completed,
      id: `${completed.id}_unpaid`,
      data: { object: { ...completed.data.object, payment_status: 'unpaid' } },
    };
    expect((await postWebhook(server, unpaid)).body.outcome).toBe('SETTLING');
    const foreign = {
      ...completed,
      id: `${completed.id}_foreign`,
      data: {
        object: {
          ...completed.data.object,
          metadata: { checkoutId: completed.data.object.client_reference_id, workspaceId: other.workspace.id },
        },
      },
    };
    expect((await postWebhook(server, foreign)).body.outcome).toBe('UNKNOWN_CHECKOUT');
    expect(await paymentsOf(a.id)).toHaveLength(0);
  });
});

describe('who can pay what', () => {
  it("refuses drafts, void, paid, other clients' and other workspaces' invoices", async () => {
    const { a, client, portal } = await setup();
    const draft = await draftInvoice(server, ws.workspace.id, client.id, 500);
    const { client: neighbour } = await clientWithContacts(server, ws.workspace.id, ['BILLING']);
    const theirs = await issuedInvoice(server, ws.workspace.id, neighbour.id, 700);
    const { client: foreignClient } = await clientWithContacts(server, other.workspace.id, ['BILLING']);
    const foreign = await issuedInvoice(server, other.workspace.id, foreignClient.id, 900);
    for (const id of [draft.id, theirs.id, foreign.id, 'not-a-uuid']) {
      const res = await portal.gql(CHECKOUT, { ids: [a.id, id] });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceIds' });
    }
    await server.dataSource.query(`UPDATE invoice SET status = 'VOID' WHERE id = $1`, [a.id]);
    expect((await portal.gql(CHECKOUT, { ids: [a.id] })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'invoiceIds',
    });
    const eur = await issuedInvoice(server, ws.workspace.id, client.id, 100);
    const usd = await issuedInvoice(server, ws.workspace.id, client.id, 100, 'USD');
    expect((await portal.gql(CHECKOUT, { ids: [eur.id, usd.id] })).errors?.[0].message).toMatch(/different currencies/);
    expect(await server.dataSource.getRepository(CheckoutSession).countBy({ clientId: client.id })).toBe(0);
  });

  it('keeps a checkout and its page to the client that started it', async () => {
    const { a, portal } = await setup();
    const { url, checkout } = await checkoutFor(portal, [a.id]);
    const { contacts } = await clientWithContacts(server, ws.workspace.id, ['BILLING']);
    const stranger = await portalAs(server, contacts.BILLING);
    expect((await stranger.gql(CHECKOUT_STATUS, { id: checkout.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fetch(`${server.url}${url}`, { headers: { cookie: stranger.cookieHeader() } })).status).toBe(404);
    const pay = await fetch(`${server.url}${url}/pay`, {
      method: 'POST',
      headers: { cookie: stranger.cookieHeader() },
      redirect: 'manual',
    });
    expect(pay.status).toBe(404);
    expect(await paymentsOf(a.id)).toHaveLength(0);
  });

  it('lets billing and decision-maker contacts pay; technical contacts, staff and anonymous callers cannot', async () => {
    const { a, contacts } = await setup();
    expect(
      (await (await portalAs(server, contacts.DECISION_MAKER)).gql(CHECKOUT, { ids: [a.id] })).errors,
    ).toBeUndefined();
    const technical = await (await portalAs(server, contacts.TECHNICAL)).gql(CHECKOUT, { ids: [a.id] });
    expect(technical.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await (await signIn(server, ws.emails.OWNER)).gql(CHECKOUT, { ids: [a.id] });
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await new TestClient(server.url, 'portal').gql(CHECKOUT, { ids: [a.id] });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
