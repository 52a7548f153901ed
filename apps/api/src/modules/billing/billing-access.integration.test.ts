import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { Contact } from '../clients/contact.entity';
import { Workspace } from '../identity/workspace.entity';
import { insertProject } from '../time/time.test-kit';
import { Invoice } from './invoices/invoice.entity';

/** Who may reach invoices, quotes and payments: tenants, roles, the MEMBER financial grant, portal sessions. */
let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let ownerA: TestClient;
let ownerB: TestClient;
let ids: {
  clientId: string;
  othersClientId: string;
  invoiceId: string;
  othersInvoiceId: string;
  paymentId: string;
  quoteId: string;
  projectId: string;
};

const line = { description: 'Work', quantity: 1, unitPrice: 10_000, taxRate: 0 };

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'TenantA');
  b = await createWorkspace(server.dataSource, 'TenantB');
  ownerA = await signIn(server, a.emails.OWNER);
  ownerB = await signIn(server, b.emails.OWNER);
  const mine = await insertClient(server.dataSource, a.workspace.id, {
    accountManagerId: a.users.MEMBER.id,
    name: 'Members client',
  });
  const others = await insertClient(server.dataSource, a.workspace.id, {
    accountManagerId: a.users.MANAGER.id,
    name: 'Managers client',
  });
  const project = await insertProject(server.dataSource, a.workspace.id, { clientId: mine.id, value: 100_000 });
  const inv = async (clientId: string) => {
    const d = await ownerA.gql(
      `mutation($c: ID!, $l: [LineInput!]!) { createInvoice(input: { clientId: $c, lines: $l }) { id } }`,
      { c: clientId, l: [line] },
    );
    return (await ownerA.gql(`mutation($id: ID!) { issueInvoice(id: $id) { id } }`, { id: d.data.createInvoice.id }))
      .data.issueInvoice.id as string;
  };
  const invoiceId = await inv(mine.id);
  const othersInvoiceId = await inv(others.id);
  const paid = await ownerA.gql(
    `mutation($id: ID!) { recordPayment(invoiceId: $id, input: { amount: 100, method: CASH }) { payments { id } } }`,
    { id: invoiceId },
  );
  const quote = await ownerA.gql(
    `mutation($c: ID!, $l: [LineInput!]!) { createQuote(input: { clientId: $c, lines: $l }) { id } }`,
    { c: mine.id, l: [line] },
  );
  await ownerA.gql(`mutation($id: ID!) { markQuoteSent(id: $id) { id } }`, { id: quote.data.createQuote.id });
  ids = {
    clientId: mine.id,
    othersClientId: others.id,
    invoiceId,
    othersInvoiceId,
    paymentId: paid.data.recordPayment.payments[0].id,
    quoteId: quote.data.createQuote.id,
    projectId: project.id,
  };
});
afterAll(() => server.close());

/** Every invoicing operation, with the variables it needs. */
const OPERATIONS: [string, string, () => Record<string, unknown>][] = [
  ['invoices', `{ invoices { totalCount } }`, () => ({})],
  ['invoice', `query($id: ID!) { invoice(id: $id) { id } }`, () => ({ id: ids.invoiceId })],
  ['quotes', `{ quotes { totalCount } }`, () => ({})],
  ['quote', `query($id: ID!) { quote(id: $id) { id } }`, () => ({ id: ids.quoteId })],
  ['billingSettings', `{ billingSettings { invoicePrefix } }`, () => ({})],
  ['unbilledTime', `query($c: ID!) { unbilledTime(clientId: $c) { description } }`, () => ({ c: ids.clientId })],
  ['projectFeeLine', `query($p: ID!) { projectFeeLine(projectId: $p) { unitPrice } }`, () => ({ p: ids.projectId })],
  [
    'createInvoice',
    `mutation($c: ID!, $l: [LineInput!]!) { createInvoice(input: { clientId: $c, lines: $l }) { id } }`,
    () => ({ c: ids.clientId, l: [line] }),
  ],
  [
    'updateInvoice',
    `mutation($id: ID!) { updateInvoice(id: $id, input: { notes: "x" }) { id } }`,
    () => ({ id: ids.invoiceId }),
  ],
  ['deleteInvoice', `mutation($id: ID!) { deleteInvoice(id: $id) }`, () => ({ id: ids.invoiceId })],
  ['issueInvoice', `mutation($id: ID!) { issueInvoice(id: $id) { id } }`, () => ({ id: ids.invoiceId })],
  ['voidInvoice', `mutation($id: ID!) { voidInvoice(id: $id, reason: "x") { id } }`, () => ({ id: ids.invoiceId })],
  [
    'recordPayment',
    `mutation($id: ID!) { recordPayment(invoiceId: $id, input: { amount: 1, method: CASH }) { id } }`,
    () => ({ id: ids.invoiceId }),
  ],
  ['deletePayment', `mutation($id: ID!) { deletePayment(id: $id) { id } }`, () => ({ id: ids.paymentId })],
  [
    'createQuote',
    `mutation($c: ID!, $l: [LineInput!]!) { createQuote(input: { clientId: $c, lines: $l }) { id } }`,
    () => ({ c: ids.clientId, l: [line] }),
  ],
  [
    'updateQuote',
    `mutation($id: ID!) { updateQuote(id: $id, input: { title: "x" }) { id } }`,
    () => ({ id: ids.quoteId }),
  ],
  ['deleteQuote', `mutation($id: ID!) { deleteQuote(id: $id) }`, () => ({ id: ids.quoteId })],
  ['markQuoteSent', `mutation($id: ID!) { markQuoteSent(id: $id) { id } }`, () => ({ id: ids.quoteId })],
  ['acceptQuote', `mutation($id: ID!) { acceptQuote(id: $id) { id } }`, () => ({ id: ids.quoteId })],
  ['rejectQuote', `mutation($id: ID!) { rejectQuote(id: $id) { id } }`, () => ({ id: ids.quoteId })],
  ['reopenQuote', `mutation($id: ID!) { reopenQuote(id: $id) { id } }`, () => ({ id: ids.quoteId })],
  ['convertQuote', `mutation($id: ID!) { convertQuote(id: $id) { invoice { id } } }`, () => ({ id: ids.quoteId })],
  [
    'updateBillingSettings',
    `mutation { updateBillingSettings(input: { paymentTermsDays: 20 }) { paymentTermsDays } }`,
    () => ({}),
  ],
];
const BY_ID = new Set([
  'invoice',
  'quote',
  'unbilledTime',
  'projectFeeLine',
  'createInvoice',
  'updateInvoice',
  'deleteInvoice',
  'issueInvoice',
  'voidInvoice',
  'recordPayment',
  'deletePayment',
  'createQuote',
  'updateQuote',
  'deleteQuote',
  'markQuoteSent',
  'acceptQuote',
  'rejectQuote',
  'reopenQuote',
  'convertQuote',
]);

describe('tenant isolation', () => {
  it.each(OPERATIONS.filter(([name]) => BY_ID.has(name)))(
    "workspace B cannot reach A's rows through %s",
    async (_name, query, vars) => {
      const res = await ownerB.gql(query, vars());
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  );

  it("B's lists, settings and summaries never show A's data", async () => {
    const lists = await ownerB.gql(
      `{ invoices { totalCount totals { total } } quotes { totalCount } billingSettings { paymentTermsDays } }`,
    );
    expect(lists.data).toMatchObject({ invoices: { totalCount: 0, totals: [] }, quotes: { totalCount: 0 } });
    const untouched = await server.dataSource.getRepository(Invoice).findOneByOrFail({ id: ids.invoiceId });
    expect(untouched).toMatchObject({ status: 'PARTIAL', amountPaid: 100 });
  });
});

describe('roles', () => {
  it('refuses MEMBERs without financial visibility every invoicing operation (FORBIDDEN)', async () => {
    const member = await signIn(server, a.emails.MEMBER);
    for (const [name, query, vars] of OPERATIONS) {
      const res = await member.gql(query, vars());
      expect([name, res.errors?.[0].extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    const summary = await member.gql(
      `query($id: ID!) { client(id: $id) { billingSummary { totalInvoiced } billingSummaries { currency } } }`,
      { id: ids.clientId },
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data.client).toEqual({ billingSummary: null, billingSummaries: null });
  });

  it("lets MEMBERs with the workspace's financial grant read only their own clients' invoices, and change nothing", async () => {
    await server.dataSource.getRepository(Workspace).update({ id: a.workspace.id }, { memberCanViewFinancials: true });
    try {
      const member = await signIn(server, a.emails.MEMBER);
      const list = await member.gql(`{ invoices { totalCount nodes { id } } quotes { totalCount } }`);
      expect(list.data.invoices.nodes.map((n: { id: string }) => n.id)).toEqual([ids.invoiceId]);
      expect(list.data.quotes.totalCount).toBe(1);
      const own = await member.gql(`query($id: ID!) { invoice(id: $id) { id payments { amount } } }`, {
        id: ids.invoiceId,
      });
      expect(own.data.invoice.payments).toEqual([{ amount: 100 }]);
      const others = await member.gql(`query($id: ID!) { invoice(id: $id) { id } }`, { id: ids.othersInvoiceId });
      expect(others.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const summary = await member.gql(`query($id: ID!) { client(id: $id) { billingSummary { totalInvoiced } } }`, {
        id: ids.clientId,
      });
      expect(summary.data.client.billingSummary.totalInvoiced).toBe(10_000);
      const write = await member.gql(
        `mutation($id: ID!) { recordPayment(invoiceId: $id, input: { amount: 1, method: CASH }) { id } }`,
        { id: ids.invoiceId },
      );
      expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await server.dataSource
        .getRepository(Workspace)
        .update({ id: a.workspace.id }, { memberCanViewFinancials: false });
    }
  });

  it('lets MANAGERs manage billing', async () => {
    const manager = await signIn(server, a.emails.MANAGER);
    const created = await manager.gql(
      `mutation($c: ID!, $l: [LineInput!]!) { createInvoice(input: { clientId: $c, lines: $l }) { id } }`,
      { c: ids.othersClientId, l: [line] },
    );
    expect(created.errors).toBeUndefined();
    const settings = await manager.gql(
      `mutation { updateBillingSettings(input: { defaultNotes: "Thank you" }) { defaultNotes } }`,
    );
    expect(settings.data.updateBillingSettings.defaultNotes).toBe('Thank you');
  });
});

describe('portal sessions', () => {
  it.each(OPERATIONS)('are refused from %s (FORBIDDEN)', async (_name, query, vars) => {
    const contact = await server.dataSource
      .getRepository(Contact)
      .save(
        server.dataSource
          .getRepository(Contact)
          .create({ workspaceId: a.workspace.id, clientId: ids.clientId, name: 'Portal user', portalAccess: true }),
      );
    const token = await server.app.services.tokens.sign({
      kind: 'portal',
      sub: contact.id,
      cid: ids.clientId,
      ws: a.workspace.id,
    });
    const portal = new TestClient(server.url, 'portal');
    portal.setCookie('cf_portal', token);
    const res = await portal.gql(query, vars());
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('anonymous callers are UNAUTHENTICATED', async () => {
    const res = await new TestClient(server.url).gql(`{ invoices { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
