import { randomUUID } from 'node:crypto';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { OutboundEmail } from '../../platform/mail/outbound-email.entity';
import { CheckoutSession } from '../billing/payments/checkout-session.entity';
import { Payment } from '../billing/payments/payment.entity';
import { clientWithContacts, issuedInvoice, portalAs, WEBHOOK_SECRET } from '../billing/payments/payments.test-kit';
import { makeInvoice, makeQuote } from '../billing/email/billing-email.test-kit';

const SEND_INVOICE = `mutation($id: ID!, $s: String, $k: String) {
  sendInvoice(id: $id, subject: $s, idempotencyKey: $k) { emailId to subject invoice { status } } }`;
const SEND_QUOTE = `mutation($id: ID!, $k: String) { sendQuote(id: $id, idempotencyKey: $k) { emailId quote { status } } }`;
const RECORD = `mutation($id: ID!, $i: RecordPaymentInput!, $r: Boolean, $k: String) {
  recordPayment(invoiceId: $id, input: $i, sendReceipt: $r, idempotencyKey: $k) { id amountPaid status } }`;
const CHECKOUT = `mutation($ids: [ID!]!, $k: String) {
  createCheckout(invoiceIds: $ids, idempotencyKey: $k) { url checkout { id amount invoiceIds } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let ownerA: TestClient;
let ownerB: TestClient;

beforeAll(async () => {
  server = await startTestServer({ paymentsProvider: 'local', stripeWebhookSecret: WEBHOOK_SECRET });
  a = await createWorkspace(server.dataSource, 'Idem');
  b = await createWorkspace(server.dataSource, 'Other');
  ownerA = await signIn(server, a.emails.OWNER);
  ownerB = await signIn(server, b.emails.OWNER);
});
afterAll(() => server.close());

const emailsOf = (clientId: string) => server.dataSource.getRepository(OutboundEmail).countBy({ clientId });
const paymentsOf = (invoiceId: string) => server.dataSource.getRepository(Payment).countBy({ invoiceId });
const checkoutsOf = (clientId: string) => server.dataSource.getRepository(CheckoutSession).countBy({ clientId });
const keysOf = async (workspaceId: string) =>
  Number(
    (
      await server.dataSource.query(`SELECT count(*) AS n FROM idempotency_key WHERE "workspaceId" = $1`, [workspaceId])
    )[0].n,
  );

async function billedClient(ws: TestWorkspace) {
  const tag = randomUUID().slice(0, 8);
  return insertClient(server.dataSource, ws.workspace.id, { name: `Billed ${tag}` }, [
    { name: 'Bill', email: `bill-${tag}@client.example`, role: 'BILLING' },
  ]);
}

const ok = <T>(res: { data?: T; errors?: unknown }) => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

describe('sendInvoice / sendQuote with an idempotency key', () => {
  it('a retry with the same key answers the first result and emails once', async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id);
    const key = randomUUID();
    const first = ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key }));
    const again = ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key }));
    expect(again).toEqual(first);
    expect(await emailsOf(client.id)).toBe(1);
    // A new action (a new key) sends again, as before.
    ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: randomUUID() }));
    expect(await emailsOf(client.id)).toBe(2);
  });

  it('two identical requests at once have one effect and the same answer', async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key })));
    const ids = results.map((r) => ok(r as { data: { sendInvoice: { emailId: string } } }).sendInvoice.emailId);
    expect(new Set(ids).size).toBe(1);
    expect(await emailsOf(client.id)).toBe(1);
  });

  it('the same key with other arguments or for another operation is refused, and nothing is sent', async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const quote = await makeQuote(server, a.workspace.id, client.id);
    const key = randomUUID();
    ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, s: 'First {{invoice.number}}', k: key }));
    const changed = await ownerA.gql(SEND_INVOICE, { id: invoice.id, s: 'Second {{invoice.number}}', k: key });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(changed.errors?.[0].message).toMatch(/different request/);
    const other = await ownerA.gql(SEND_QUOTE, { id: quote.id, k: key });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(await emailsOf(client.id)).toBe(1);
  });

  it('sendQuote: a retry emails once and answers the same email', async () => {
    const client = await billedClient(a);
    const quote = await makeQuote(server, a.workspace.id, client.id);
    const key = randomUUID();
    const first = ok(await ownerA.gql(SEND_QUOTE, { id: quote.id, k: key }));
    const again = ok(await ownerA.gql(SEND_QUOTE, { id: quote.id, k: key }));
    expect(again).toEqual(first);
    expect(await emailsOf(client.id)).toBe(1);
  });

  it('a request that failed leaves no key behind: the retry runs', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id, { name: 'No email yet' });
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const key = randomUUID();
    const failed = await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key });
    expect(failed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipients' });
    await server.dataSource.query(`UPDATE client SET email = 'late@client.example' WHERE id = $1`, [client.id]);
    ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key }));
    expect(await emailsOf(client.id)).toBe(1);
  });

  it('keys are validated: at most 255 visible ASCII characters', async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    for (const k of ['', 'x'.repeat(256), 'line\nbreak', 'tab\there', 'clé']) {
      const res = await ownerA.gql(SEND_INVOICE, { id: invoice.id, k });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    }
    expect(await emailsOf(client.id)).toBe(0);
    ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: 'x'.repeat(255) }));
  });
});

describe('recordPayment with an idempotency key', () => {
  it('a retry records one payment (and one receipt) and answers the same invoice', async () => {
    const client = await billedClient(a);
    const invoice = await issuedInvoice(server, a.workspace.id, client.id, 10_000);
    const key = randomUUID();
    const vars = { id: invoice.id, i: { amount: 4_000, method: 'BANK_TRANSFER' }, r: true, k: key };
    const first = ok(await ownerA.gql(RECORD, vars));
    const again = ok(await ownerA.gql(RECORD, vars));
    expect(again).toEqual(first);
    expect(first).toMatchObject({ recordPayment: { amountPaid: 4_000, status: 'PARTIAL' } });
    expect(await paymentsOf(invoice.id)).toBe(1);
    expect(await emailsOf(client.id)).toBe(1);
  });

  it('concurrent identical requests record one payment', async () => {
    const client = await billedClient(a);
    const invoice = await issuedInvoice(server, a.workspace.id, client.id, 10_000);
    const vars = { id: invoice.id, i: { amount: 2_500, method: 'CASH' }, k: randomUUID() };
    const results = await Promise.all([1, 2, 3].map(() => ownerA.gql(RECORD, vars)));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await paymentsOf(invoice.id)).toBe(1);
  });
});

describe('createCheckout (portal) with an idempotency key', () => {
  it('a retry answers the same checkout session and creates no second one', async () => {
    const { client, contacts } = await clientWithContacts(server, a.workspace.id);
    const invoice = await issuedInvoice(server, a.workspace.id, client.id, 7_000);
    const portal = await portalAs(server, contacts.BILLING);
    const key = randomUUID();
    const first = ok(await portal.gql(CHECKOUT, { ids: [invoice.id], k: key }));
    const again = ok(await portal.gql(CHECKOUT, { ids: [invoice.id], k: key }));
    expect(again).toEqual(first);
    expect(await checkoutsOf(client.id)).toBe(1);
    const concurrent = randomUUID();
    const both = await Promise.all([1, 2].map(() => portal.gql(CHECKOUT, { ids: [invoice.id], k: concurrent })));
    for (const r of both) expect(r.errors).toBeUndefined();
    expect(await checkoutsOf(client.id)).toBe(2);
  });

  it("keys are per contact: another contact's same key is a request of its own", async () => {
    const { client, contacts } = await clientWithContacts(server, a.workspace.id);
    const invoice = await issuedInvoice(server, a.workspace.id, client.id, 7_000);
    const key = randomUUID();
    const one = ok(await (await portalAs(server, contacts.BILLING)).gql(CHECKOUT, { ids: [invoice.id], k: key }));
    const two = ok(
      await (await portalAs(server, contacts.DECISION_MAKER)).gql(CHECKOUT, { ids: [invoice.id], k: key }),
    );
    expect(two).not.toEqual(one);
    expect(await checkoutsOf(client.id)).toBe(2);
  });
});

describe('scoping and permissions', () => {
  it("workspace B cannot replay A's key: the same key there is B's own request", async () => {
    const clientA = await billedClient(a);
    const clientB = await billedClient(b);
    const invoiceA = await makeInvoice(server, a.workspace.id, clientA.id, { issue: true });
    const invoiceB = await makeInvoice(server, b.workspace.id, clientB.id, { issue: true });
    const key = randomUUID();
    const sentA = ok(await ownerA.gql(SEND_INVOICE, { id: invoiceA.id, k: key })) as {
      sendInvoice: { emailId: string };
    };
    // B's owner with A's key and A's arguments: A's invoice does not exist for B, nothing of A's answer leaks.
    const replay = await ownerB.gql(SEND_INVOICE, { id: invoiceA.id, k: key });
    expect(replay.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(replay)).not.toContain(sentA.sendInvoice.emailId);
    const sentB = ok(await ownerB.gql(SEND_INVOICE, { id: invoiceB.id, k: key })) as {
      sendInvoice: { emailId: string };
    };
    expect(sentB.sendInvoice.emailId).not.toBe(sentA.sendInvoice.emailId);
    expect(await emailsOf(clientA.id)).toBe(1);
    expect(await emailsOf(clientB.id)).toBe(1);
  });

  it("keys are per user: a colleague's same key is not a replay of the first user's answer", async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const key = randomUUID();
    const mine = ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key }));
    const admin = await signIn(server, a.emails.ADMIN);
    const theirs = ok(await admin.gql(SEND_INVOICE, { id: invoice.id, k: key }));
    expect(theirs).not.toEqual(mine);
    expect(await emailsOf(client.id)).toBe(2);
  });

  it('a MEMBER (no billing.manage) is refused before any key is stored', async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const member = await signIn(server, a.emails.MEMBER);
    const before = await keysOf(a.workspace.id);
    const res = await member.gql(SEND_INVOICE, { id: invoice.id, k: randomUUID() });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await keysOf(a.workspace.id)).toBe(before);
    expect(await emailsOf(client.id)).toBe(0);
  });
});

describe('expiry', () => {
  it('keys older than 24 hours are swept, and an expired key runs again', async () => {
    const client = await billedClient(a);
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const key = randomUUID();
    ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, k: key }));
    await server.dataSource.query(
      `UPDATE idempotency_key SET "createdAt" = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    // Not swept yet: an expired key is not replayed (and may carry other arguments).
    ok(await ownerA.gql(SEND_INVOICE, { id: invoice.id, s: 'Again {{invoice.number}}', k: key }));
    expect(await emailsOf(client.id)).toBe(2);
    await server.dataSource.query(
      `UPDATE idempotency_key SET "createdAt" = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    const swept = await server.app.services.idempotency.sweep(new Date());
    expect(swept).toBeGreaterThanOrEqual(1);
    expect(await server.dataSource.query(`SELECT 1 FROM idempotency_key WHERE key = $1`, [key])).toHaveLength(0);
  });
});
