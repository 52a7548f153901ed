import { TenantScope } from '../../../platform/db/tenant-scope';
import {
  createWorkspace,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import {
  clientWithContacts,
  draftInvoice,
  issuedInvoice,
  portalAs,
  WEBHOOK_SECRET,
} from '../payments/payments.test-kit';

const STATEMENT = `{ portalStatement { byCurrency { currency outstanding overdue paid } openCount overdueCount paidCount nextDueDate canPayOnline } }`;
const LIST = `query($input: PortalInvoicesInput) { portalInvoices(input: $input) { totalCount nodes { id number status balance isOverdue
  lines { description quantity unitPrice taxRateBps net } payments { amount method receivedAt } } } }`;
const DETAIL = `query($id: ID!) { portalInvoice(id: $id) { id number status total amountPaid balance invoiceNotes terms pdfUrl taxSummary { rateBps base tax }
  lines { description } payments { amount method } } }`;

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ paymentsProvider: 'local', stripeWebhookSecret: WEBHOOK_SECRET });
  ws = await createWorkspace(server.dataSource, 'Statement');
});
afterAll(() => server.close());

async function statementClient() {
  const { client, contacts } = await clientWithContacts(server, ws.workspace.id);
  const open = await issuedInvoice(server, ws.workspace.id, client.id, 10_000, 'EUR', {
    notes: 'Thank you for your business',
  });
  const partial = await issuedInvoice(server, ws.workspace.id, client.id, 8_000);
  const paid = await issuedInvoice(server, ws.workspace.id, client.id, 2_000);
  const voided = await issuedInvoice(server, ws.workspace.id, client.id, 999);
  const draft = await draftInvoice(server, ws.workspace.id, client.id, 5_000);
  const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
  await scope.transaction((s) =>
    server.app.services.invoices.recordPayment(s, partial.id, {
      amount: 3_000,
      method: 'BANK_TRANSFER',
      reference: 'internal ref 42',
      note: 'staff-only note',
    }),
  );
  await scope.transaction((s) =>
    server.app.services.invoices.recordPayment(s, paid.id, { amount: 2_000, method: 'CASH' }),
  );
  await server.dataSource.query(`UPDATE invoice SET status = 'VOID', "voidReason" = 'internal reason' WHERE id = $1`, [
    voided.id,
  ]);
  // The open invoice is late.
  await server.dataSource.query(`UPDATE invoice SET "dueDate" = '2020-01-31', status = 'OVERDUE' WHERE id = $1`, [
    open.id,
  ]);
  return { client, contacts, open, partial, paid, voided, draft, portal: await portalAs(server, contacts.BILLING) };
}

describe('portal statement', () => {
  it('sums what is owed, late and paid; lists issued invoices with void shown as void and drafts never', async () => {
    const { portal, open, partial, paid, voided, draft } = await statementClient();
    const summary = (await portal.gql(STATEMENT)).data.portalStatement;
    expect(summary).toEqual({
      byCurrency: [{ currency: 'EUR', outstanding: 15_000, overdue: 10_000, paid: 5_000 }],
      openCount: 2,
      overdueCount: 1,
      paidCount: 1,
      nextDueDate: '2020-01-31',
      canPayOnline: true,
    });
    const all = (await portal.gql(LIST)).data.portalInvoices;
    expect(all.totalCount).toBe(4);
    const byId = Object.fromEntries(all.nodes.map((n: { id: string }) => [n.id, n]));
    expect(byId[draft.id]).toBeUndefined();
    expect(byId[voided.id]).toMatchObject({ status: 'VOID', balance: 0, isOverdue: false });
    expect(byId[open.id]).toMatchObject({ status: 'OVERDUE', balance: 10_000, isOverdue: true });
    expect(byId[partial.id].payments).toEqual([
      { amount: 3_000, method: 'BANK_TRANSFER', receivedAt: expect.any(String) },
    ]);
    expect(byId[partial.id].lines).toEqual([
      { description: 'Design work', quantity: 1, unitPrice: 8_000, taxRateBps: 0, net: 8_000 },
    ]);

    const openOnly = (await portal.gql(LIST, { input: { filter: 'OPEN' } })).data.portalInvoices;
    expect(openOnly.nodes.map((n: { id: string }) => n.id).sort()).toEqual([open.id, partial.id].sort());
    expect(
      (await portal.gql(LIST, { input: { filter: 'PAID' } })).data.portalInvoices.nodes.map(
        (n: { id: string }) => n.id,
      ),
    ).toEqual([paid.id]);
    const page = (await portal.gql(LIST, { input: { limit: 1, offset: 1 } })).data.portalInvoices;
    expect(page).toMatchObject({ totalCount: 4, nodes: [expect.any(Object)] });
    expect((await portal.gql(LIST, { input: { limit: 1000 } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows one invoice with its client-facing fields; drafts are not found', async () => {
    const { portal, open, draft } = await statementClient();
    const detail = (await portal.gql(DETAIL, { id: open.id })).data.portalInvoice;
    expect(detail).toMatchObject({
      number: open.number,
      total: 10_000,
      balance: 10_000,
      invoiceNotes: 'Thank you for your business',
      pdfUrl: `/files/invoices/${open.id}/pdf`,
    });
    expect(detail.taxSummary).toEqual([{ rateBps: 0, base: 10_000, tax: 0 }]);
    expect((await portal.gql(DETAIL, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('exposes no internal field on portal invoice types', async () => {
    const owner = await signIn(server, ws.emails.OWNER);
    const fieldsOf = async (name: string) =>
      (
        (await owner.gql(`query($n: String!) { __type(name: $n) { fields { name } } }`, { n: name })).data.__type
          .fields as { name: string }[]
      ).map((f) => f.name);
    const invoiceFields = await fieldsOf('PortalInvoice');
    for (const hidden of [
      'createdByUserId',
      'voidReason',
      'projectId',
      'quoteId',
      'recurringInvoiceId',
      'workspaceId',
      'clientId',
      'billingSnapshot',
    ]) {
      expect(invoiceFields).not.toContain(hidden);
    }
    const paymentFields = await fieldsOf('PortalPayment');
    for (const hidden of ['reference', 'note', 'recordedByUserId', 'providerPaymentId', 'providerEventId'])
      expect(paymentFields).not.toContain(hidden);
  });

  it('keeps each client to its own invoices, and workspaces apart', async () => {
    const mine = await statementClient();
    const theirs = await statementClient();
    expect((await mine.portal.gql(DETAIL, { id: theirs.open.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ids = (await mine.portal.gql(LIST)).data.portalInvoices.nodes.map((n: { id: string }) => n.id);
    expect(ids).not.toContain(theirs.open.id);

    const elsewhere = await createWorkspace(server.dataSource, 'Statement B');
    const { client: foreign, contacts } = await clientWithContacts(server, elsewhere.workspace.id, ['BILLING']);
    const foreignInvoice = await issuedInvoice(server, elsewhere.workspace.id, foreign.id, 4_200);
    expect((await mine.portal.gql(DETAIL, { id: foreignInvoice.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreignPortal = await portalAs(server, contacts.BILLING);
    expect((await foreignPortal.gql(LIST)).data.portalInvoices.nodes.map((n: { id: string }) => n.id)).toEqual([
      foreignInvoice.id,
    ]);
  });

  it('needs VIEW_INVOICES: technical contacts and staff sessions are refused', async () => {
    const { contacts } = await statementClient();
    for (const q of [STATEMENT, LIST]) {
      expect((await (await portalAs(server, contacts.TECHNICAL)).gql(q)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await (await signIn(server, ws.emails.OWNER)).gql(q)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await (await portalAs(server, contacts.DECISION_MAKER)).gql(STATEMENT)).errors).toBeUndefined();
  });

  it('loads lines and payments for a page in a bounded number of queries', async () => {
    const { client, portal } = await statementClient();
    const measure = async () => Number((await portal.gql(LIST)).headers.get('x-sql-queries'));
    const before = await measure();
    for (let i = 0; i < 6; i++) await issuedInvoice(server, ws.workspace.id, client.id, 100 + i);
    expect(await measure()).toBe(before);
  });
});
