import { createDataSource } from '../../../data-source';
import { TenantScope } from '../../../platform/db/tenant-scope';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { TimeEntry } from '../../time/time-entry.entity';
import { insertProject, insertTask } from '../../time/time.test-kit';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import type { Invoice } from './invoice.entity';
import { INVOICE_FIELDS, insertTimeEntries } from '../billing.test-kit';

let server: TestServer;
let ws: TestWorkspace;
let manager: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Billing');
  manager = await signIn(server, ws.emails.MANAGER);
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(id: $id) { ${INVOICE_FIELDS} } }`;
const PAY = `mutation($id: ID!, $input: RecordPaymentInput!) { recordPayment(invoiceId: $id, input: $input) { ${INVOICE_FIELDS} } }`;
const VOID = `mutation($id: ID!, $reason: String!) { voidInvoice(id: $id, reason: $reason) { ${INVOICE_FIELDS} } }`;
const GET = `query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
const adHoc = (unitPrice = 10_000, extra: Record<string, unknown> = {}) => ({
  description: 'Consulting',
  quantity: 1,
  unitPrice,
  taxRate: 0,
  ...extra,
});

async function newClient(data: Record<string, unknown> = {}) {
  return insertClient(server.dataSource, ws.workspace.id, {
    legalName: 'Acme Ltda',
    taxId: '12.345.678/0001-95',
    street: 'Rua A 1',
    city: 'São Paulo',
    country: 'BR',
    ...data,
  });
}

async function sentInvoice(clientId: string, unitPrice = 10_000): Promise<any> {
  const created = await manager.gql(CREATE, { input: { clientId, lines: [adHoc(unitPrice)] } });
  expect(created.errors).toBeUndefined();
  const issued = await manager.gql(ISSUE, { id: created.data.createInvoice.id });
  expect(issued.errors).toBeUndefined();
  return issued.data.issueInvoice;
}

describe('drafts and lines', () => {
  it('builds a draft from ad-hoc, fixed-fee and time lines with the domain totals, and bills the time entries', async () => {
    const client = await newClient();
    const project = await insertProject(server.dataSource, ws.workspace.id, { clientId: client.id, value: 500_000 });
    const task = await insertTask(server.dataSource, project, { title: 'Design' });
    const entries = await insertTimeEntries(server.dataSource, project, ws.users.MEMBER.id, [
      { minutes: 90, taskId: task.id },
      { minutes: 30, taskId: task.id },
      { minutes: 20, billRate: 20_000 },
      { minutes: 45, billable: false },
    ]);
    const unbilled = await manager.gql(
      `query($c: ID!) { unbilledTime(clientId: $c, groupBy: TASK) { description quantity unitPrice source projectId timeEntryIds minutes } }`,
      { c: client.id },
    );
    expect(unbilled.errors).toBeUndefined();
    const lines = unbilled.data.unbilledTime;
    expect(lines).toHaveLength(2);
    const design = lines.find((l: any) => l.description.endsWith('Design'));
    expect(design).toMatchObject({
      quantity: 2,
      unitPrice: 10_000,
      source: 'TIME',
      projectId: project.id,
      minutes: 120,
    });
    expect(design.timeEntryIds.sort()).toEqual([entries[0].id, entries[1].id].sort());
    const general = lines.find((l: any) => l.description.endsWith('General work'));
    expect(general).toMatchObject({ quantity: 0.333, unitPrice: 20_000, timeEntryIds: [entries[2].id] });

    const fee = await manager.gql(
      `query($p: ID!) { projectFeeLine(projectId: $p) { description quantity unitPrice source projectId } }`,
      { p: project.id },
    );
    expect(fee.data.projectFeeLine).toMatchObject({
      quantity: 1,
      unitPrice: 500_000,
      source: 'FIXED_FEE',
      projectId: project.id,
    });

    const res = await manager.gql(CREATE, {
      input: {
        clientId: client.id,
        projectId: project.id,
        lines: [
          {
            description: 'Fee (first half)',
            quantity: 1,
            unitPrice: 250_000,
            taxRate: 2300,
            source: 'FIXED_FEE',
            projectId: project.id,
          },
          {
            description: design.description,
            quantity: design.quantity,
            unitPrice: design.unitPrice,
            taxRate: 2300,
            timeEntryIds: design.timeEntryIds,
            projectId: project.id,
          },
          adHoc(1_000, { quantity: 3, discount: 1000 }),
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const invoice = res.data.createInvoice;
    expect(invoice).toMatchObject({
      status: 'DRAFT',
      number: null,
      subtotal: 250_000 + 20_000 + 2_700,
      taxTotal: 62_100,
      total: 334_800,
      balance: 334_800,
    });
    expect(invoice.taxSummary).toEqual([
      { rateBps: 0, base: 2_700, tax: 0 },
      { rateBps: 2300, base: 270_000, tax: 62_100 },
    ]);
    expect(invoice.lines.map((l: any) => l.source)).toEqual(['FIXED_FEE', 'TIME', 'AD_HOC']);
    expect(invoice.lines[1].timeEntryIds.sort()).toEqual(design.timeEntryIds.sort());

    const after = await manager.gql(`query($c: ID!) { unbilledTime(clientId: $c, groupBy: PERSON) { timeEntryIds } }`, {
      c: client.id,
    });
    expect(after.data.unbilledTime.flatMap((l: any) => l.timeEntryIds)).toEqual([entries[2].id]);
    const rest = await manager.gql(`query($p: ID!) { projectFeeLine(projectId: $p) { description unitPrice } }`, {
      p: project.id,
    });
    expect(rest.data.projectFeeLine).toMatchObject({
      unitPrice: 250_000,
      description: expect.stringContaining('remaining'),
    });
  });

  it('answers bad lines with the field and the reason', async () => {
    const client = await newClient();
    const res = await manager.gql(CREATE, {
      input: {
        clientId: client.id,
        lines: [adHoc(), { description: 'x', quantity: 1.0005, unitPrice: 1, taxRate: 0 }],
      },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.1.quantity' });
    const empty = await manager.gql(CREATE, { input: { clientId: client.id, lines: [] } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    const dates = await manager.gql(CREATE, {
      input: { clientId: client.id, issueDate: '2026-03-10', dueDate: '2026-03-01', lines: [adHoc()] },
    });
    expect(dates.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });

  it('edits only drafts, and deleting a draft frees its time entries', async () => {
    const client = await newClient();
    const project = await insertProject(server.dataSource, ws.workspace.id, { clientId: client.id });
    const [entry] = await insertTimeEntries(server.dataSource, project, ws.users.OWNER.id, [{ minutes: 60 }]);
    const created = await manager.gql(CREATE, {
      input: { clientId: client.id, lines: [adHoc(10_000, { timeEntryIds: [entry.id] })] },
    });
    const id = created.data.createInvoice.id;
    const updated = await manager.gql(
      `mutation($id: ID!, $input: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $input) { notes dueDate lines { description } } }`,
      {
        id,
        input: { notes: 'Thanks', dueDate: '2026-12-31', lines: [adHoc(5_000, { description: 'Changed' })] },
      },
    );
    expect(updated.data.updateInvoice).toEqual({
      notes: 'Thanks',
      dueDate: '2026-12-31',
      lines: [{ description: 'Changed' }],
    });
    const early = await manager.gql(
      `mutation($id: ID!) { updateInvoice(id: $id, input: { issueDate: "2027-01-05" }) { id } }`,
      { id },
    );
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    const foreign = await manager.gql(
      `mutation($id: ID!, $p: ID!) { updateInvoice(id: $id, input: { projectId: $p }) { id } }`,
      {
        id,
        p: (await insertProject(server.dataSource, ws.workspace.id, { clientId: (await newClient()).id })).id,
      },
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    expect(
      (await server.dataSource.getRepository(TimeEntry).findOneByOrFail({ id: entry.id })).invoiceLineId,
    ).toBeNull();

    await manager.gql(
      `mutation($id: ID!, $input: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $input) { id } }`,
      { id, input: { lines: [adHoc(10_000, { timeEntryIds: [entry.id] })] } },
    );
    expect(
      (await server.dataSource.getRepository(TimeEntry).findOneByOrFail({ id: entry.id })).invoiceLineId,
    ).not.toBeNull();
    expect((await manager.gql(`mutation($id: ID!) { deleteInvoice(id: $id) }`, { id })).data.deleteInvoice).toBe(true);
    expect(
      (await server.dataSource.getRepository(TimeEntry).findOneByOrFail({ id: entry.id })).invoiceLineId,
    ).toBeNull();

    const sent = await sentInvoice(client.id);
    const edit = await manager.gql(`mutation($id: ID!) { updateInvoice(id: $id, input: { notes: "late" }) { id } }`, {
      id: sent.id,
    });
    expect(edit.errors?.[0].extensions?.code).toBe('CONFLICT');
    const del = await manager.gql(`mutation($id: ID!) { deleteInvoice(id: $id) }`, { id: sent.id });
    expect(del.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('numbering', () => {
  it('gives 20 invoices issued at once from separate connections the numbers 1..20; a rolled-back issue gives its number back', async () => {
    const own = await createWorkspace(server.dataSource, 'Numbering');
    const client = await insertClient(server.dataSource, own.workspace.id);
    const scope = new TenantScope(server.dataSource.manager, own.workspace.id);
    const invoices = server.app.services.invoices;
    const drafts: Invoice[] = [];
    for (let i = 0; i < 21; i++)
      drafts.push(await scope.transaction((s) => invoices.createDraft(s, { clientId: client.id, lines: [adHoc()] })));

    await expect(
      scope.transaction(async (s) => {
        await invoices.issue(s, drafts[20].id);
        throw new Error('crash after numbering');
      }),
    ).rejects.toThrow('crash after numbering');

    const pool = createDataSource(process.env.TEST_DATABASE_URL!, { poolSize: 20 });
    await pool.initialize();
    try {
      const wide = new TenantScope(pool.manager, own.workspace.id);
      const issued = await Promise.all(
        drafts.slice(0, 20).map((d) => wide.transaction((s) => invoices.issue(s, d.id))),
      );
      expect(issued.map((i) => i.sequence).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect(new Set(issued.map((i) => i.number)).size).toBe(20);
      expect(issued.map((i) => i.number)).toContain('INV-0020');
    } finally {
      await pool.destroy();
    }
    const last = await scope.transaction((s) => invoices.issue(s, drafts[20].id));
    expect(last.number).toBe('INV-0021');
  });
});

describe('double billing', () => {
  it('lets exactly one of two concurrent drafts claim the same time entries; voiding or deleting frees them', async () => {
    const client = await newClient();
    const project = await insertProject(server.dataSource, ws.workspace.id, { clientId: client.id });
    const entries = await insertTimeEntries(server.dataSource, project, ws.users.OWNER.id, [
      { minutes: 60 },
      { minutes: 30 },
    ]);
    const ids = entries.map((e) => e.id);
    const other = await signIn(server, ws.emails.OWNER);
    const input = { clientId: client.id, lines: [adHoc(15_000, { quantity: 1.5, timeEntryIds: ids })] };
    const results = await Promise.all([manager.gql(CREATE, { input }), other.gql(CREATE, { input })]);
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'lines.0.timeEntryIds' });

    const winner = ok[0].data.createInvoice;
    await manager.gql(ISSUE, { id: winner.id });
    const again = await manager.gql(CREATE, { input });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const voided = await manager.gql(VOID, { id: winner.id, reason: 'Wrong client' });
    expect(voided.data.voidInvoice).toMatchObject({ status: 'VOID', balance: 0, voidReason: 'Wrong client' });
    const rebilled = await manager.gql(CREATE, { input });
    expect(rebilled.errors).toBeUndefined();
    expect(rebilled.data.createInvoice.lines[0].timeEntryIds.sort()).toEqual([...ids].sort());
    const events = await server.dataSource
      .getRepository(TimelineEvent)
      .findBy({ clientId: client.id, type: 'INVOICE' });
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining([`Invoice ${voided.data.voidInvoice.number} voided`]),
    );
  });

  it('refuses entries of another client, non-billable ones and unknown ones', async () => {
    const client = await newClient();
    const stranger = await newClient();
    const project = await insertProject(server.dataSource, ws.workspace.id, { clientId: stranger.id });
    const [theirs, unbillable] = await insertTimeEntries(server.dataSource, project, ws.users.OWNER.id, [
      {},
      { billable: false },
    ]);
    for (const id of [theirs.id, unbillable.id]) {
      const res = await manager.gql(CREATE, {
        input: { clientId: client.id, lines: [adHoc(10_000, { timeEntryIds: [id] })] },
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'lines.0.timeEntryIds' });
    }
  });
});

describe('payments and statuses', () => {
  it('moves SENT → PARTIAL → PAID, refuses overpayment, voiding a paid invoice and card payments by hand', async () => {
    const client = await newClient();
    const invoice = await sentInvoice(client.id, 10_000);
    expect(invoice).toMatchObject({ status: 'SENT', number: expect.stringMatching(/^INV-\d{4}$/), balance: 10_000 });
    expect(invoice.dueDate > invoice.issueDate).toBe(true);

    const over = await manager.gql(PAY, { id: invoice.id, input: { amount: 10_001, method: 'CASH' } });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(over.errors?.[0].message).toMatch(/more than the balance/);
    const card = await manager.gql(PAY, { id: invoice.id, input: { amount: 100, method: 'STRIPE' } });
    expect(card.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'method' });
    const future = await manager.gql(PAY, {
      id: invoice.id,
      input: { amount: 100, method: 'CASH', receivedAt: '2999-01-01' },
    });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });

    const partial = await manager.gql(PAY, {
      id: invoice.id,
      input: { amount: 4_000, method: 'BANK_TRANSFER', reference: 'TX-1' },
    });
    expect(partial.data.recordPayment).toMatchObject({ status: 'PARTIAL', amountPaid: 4_000, balance: 6_000 });
    const noVoid = await manager.gql(VOID, { id: invoice.id, reason: 'oops' });
    expect(noVoid.errors?.[0].extensions?.code).toBe('CONFLICT');

    const paid = await manager.gql(PAY, { id: invoice.id, input: { amount: 6_000, method: 'OTHER' } });
    expect(paid.data.recordPayment).toMatchObject({ status: 'PAID', balance: 0 });
    expect(paid.data.recordPayment.payments).toHaveLength(2);
    const more = await manager.gql(PAY, { id: invoice.id, input: { amount: 1, method: 'CASH' } });
    expect(more.errors?.[0].extensions?.code).toBe('CONFLICT');

    const payments = await server.dataSource
      .getRepository(TimelineEvent)
      .countBy({ clientId: client.id, type: 'PAYMENT' });
    expect(payments).toBe(2);

    // Removing a payment reopens the balance (PAID → PARTIAL → SENT); with nothing paid it can be voided.
    const removed = await manager.gql(`mutation($id: ID!) { deletePayment(id: $id) { status amountPaid balance } }`, {
      id: paid.data.recordPayment.payments[1].id,
    });
    expect(removed.data.deletePayment).toEqual({ status: 'PARTIAL', amountPaid: 4_000, balance: 6_000 });
    const emptied = await manager.gql(`mutation($id: ID!) { deletePayment(id: $id) { status amountPaid } }`, {
      id: paid.data.recordPayment.payments[0].id,
    });
    expect(emptied.data.deletePayment).toEqual({ status: 'SENT', amountPaid: 0 });
    const voided = await manager.gql(VOID, { id: invoice.id, reason: 'Duplicate' });
    expect(voided.data.voidInvoice.status).toBe('VOID');
    const twice = await manager.gql(VOID, { id: invoice.id, reason: 'Again' });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const payVoid = await manager.gql(PAY, { id: invoice.id, input: { amount: 1, method: 'CASH' } });
    expect(payVoid.errors?.[0].extensions?.code).toBe('CONFLICT');
    const noReason = await manager.gql(VOID, { id: (await sentInvoice(client.id)).id, reason: '  ' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('freezes the billing snapshot when issued: editing the client later does not change the invoice', async () => {
    const client = await newClient({ legalName: 'Old Name Ltda', taxId: '11.222.333/0001-81' });
    const invoice = await sentInvoice(client.id);
    expect(invoice.billingSnapshot).toMatchObject({
      legalName: 'Old Name Ltda',
      taxId: '11.222.333/0001-81',
      address: { line1: 'Rua A 1', city: 'São Paulo', country: 'BR' },
    });
    const edit = await manager.gql(
      `mutation($id: ID!) { updateClient(id: $id, input: { legalName: "New Name SA", taxId: "" }) { legalName } }`,
      { id: client.id },
    );
    expect(edit.errors).toBeUndefined();
    const again = await manager.gql(GET, { id: invoice.id });
    expect(again.data.invoice.billingSnapshot).toEqual(invoice.billingSnapshot);
  });
});

describe('the invoices list', () => {
  it('filters by status, client, search (number or client name, wildcards literal) and overdue, with totals per currency', async () => {
    const own = await createWorkspace(server.dataSource, 'Lists');
    const owner = await signIn(server, own.emails.OWNER);
    const acme = await insertClient(server.dataSource, own.workspace.id, { name: 'Acme 100% Corp' });
    const beta = await insertClient(server.dataSource, own.workspace.id, { name: 'Beta' });
    const make = async (clientId: string, amount: number, extra: Record<string, unknown> = {}) =>
      (await owner.gql(CREATE, { input: { clientId, lines: [adHoc(amount)], ...extra } })).data.createInvoice;
    const a1 = await make(acme.id, 10_000, { issueDate: '2026-01-05', dueDate: '2026-01-20' });
    await owner.gql(ISSUE, { id: a1.id });
    const a2 = await make(acme.id, 20_000, { currency: 'EUR' });
    await owner.gql(ISSUE, { id: a2.id });
    await owner.gql(PAY, { id: a2.id, input: { amount: 5_000, method: 'CASH' } });
    const b1 = await make(beta.id, 40_000);
    await owner.gql(ISSUE, { id: b1.id });
    await owner.gql(VOID, { id: b1.id, reason: 'x' });
    await make(beta.id, 7_000);

    const LIST = `query($f: InvoiceFilter, $p: PageInput, $s: InvoiceSort) { invoices(filter: $f, page: $p, sort: $s) { totalCount hasMore nodes { id number status } totals { currency count total amountPaid balance } } }`;
    const all = await owner.gql(LIST, {});
    expect(all.data.invoices.totalCount).toBe(4);
    expect(all.data.invoices.totals).toEqual([
      { currency: 'EUR', count: 1, total: 20_000, amountPaid: 5_000, balance: 15_000 },
      { currency: 'USD', count: 3, total: 17_000, amountPaid: 0, balance: 17_000 },
    ]);
    const paged = await owner.gql(LIST, { p: { offset: 0, limit: 2 }, s: { field: 'TOTAL', direction: 'DESC' } });
    expect(paged.data.invoices).toMatchObject({ totalCount: 4, hasMore: true });
    expect(paged.data.invoices.nodes.map((n: any) => n.id)).toEqual([b1.id, a2.id]);
    const drafts = await owner.gql(LIST, { f: { status: ['DRAFT'] } });
    expect(drafts.data.invoices.totalCount).toBe(1);
    const byName = await owner.gql(LIST, { f: { search: '100%' } });
    expect(byName.data.invoices.nodes.map((n: any) => n.id).sort()).toEqual([a1.id, a2.id].sort());
    const wildcard = await owner.gql(LIST, { f: { search: '%' } });
    expect(wildcard.data.invoices.totalCount).toBe(2);
    const number = (await owner.gql(GET, { id: a1.id })).data.invoice.number;
    const byNumber = await owner.gql(LIST, { f: { search: number.slice(-4) } });
    expect(byNumber.data.invoices.nodes.map((n: any) => n.id)).toEqual([a1.id]);
    const overdue = await owner.gql(LIST, { f: { overdue: true } });
    expect(overdue.data.invoices.nodes.map((n: any) => n.id)).toEqual([a1.id]);
    expect((await owner.gql(GET, { id: a1.id })).data.invoice.isOverdue).toBe(true);
    const notOverdue = await owner.gql(LIST, { f: { overdue: false } });
    expect(notOverdue.data.invoices.totalCount).toBe(3);
    const issued = await owner.gql(LIST, {
      f: { issuedFrom: '2026-01-01', issuedTo: '2026-01-31', clientId: acme.id },
    });
    expect(issued.data.invoices.nodes.map((n: any) => n.id)).toEqual([a1.id]);
    const tooMany = await owner.gql(LIST, { p: { offset: 0, limit: 101 } });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('batching', () => {
  it('reads a page of invoices with lines, payments, client, project and status in a fixed number of statements', async () => {
    const own = await createWorkspace(server.dataSource, 'Batching');
    const owner = await signIn(server, own.emails.OWNER);
    for (let i = 0; i < 8; i++) {
      const c = await insertClient(server.dataSource, own.workspace.id);
      const p = await insertProject(server.dataSource, own.workspace.id, { clientId: c.id });
      const d = await owner.gql(CREATE, { input: { clientId: c.id, projectId: p.id, lines: [adHoc(), adHoc(500)] } });
      await owner.gql(ISSUE, { id: d.data.createInvoice.id });
      await owner.gql(PAY, { id: d.data.createInvoice.id, input: { amount: 100, method: 'CASH' } });
    }
    const LIST = `query($limit: Int!) { invoices(page: { limit: $limit }) { nodes { id balance isOverdue client { name } project { name }
      lines { description timeEntryIds } payments { amount } } totals { balance } } }`;
    const small = await owner.gql(LIST, { limit: 2 });
    const large = await owner.gql(LIST, { limit: 8 });
    expect(large.data.invoices.nodes).toHaveLength(8);
    expect(
      large.data.invoices.nodes.every(
        (n: any) => n.lines.length === 2 && n.payments.length === 1 && n.client && n.project,
      ),
    ).toBe(true);
    expect(Number(large.headers.get('x-sql-queries'))).toBe(Number(small.headers.get('x-sql-queries')));
  });
});

describe('client billing summary', () => {
  it("sums a client's issued invoices, payments, open balance and average days to pay, batched over the client list", async () => {
    const own = await createWorkspace(server.dataSource, 'Summary');
    const owner = await signIn(server, own.emails.OWNER);
    const client = await insertClient(server.dataSource, own.workspace.id, { name: 'Summed' });
    const make = async (amount: number, issueDate: string) => {
      const d = (
        await owner.gql(CREATE, {
          input: { clientId: client.id, issueDate, dueDate: issueDate, lines: [adHoc(amount)] },
        })
      ).data.createInvoice;
      return (await owner.gql(ISSUE, { id: d.id })).data.issueInvoice;
    };
    const paidIn10 = await make(10_000, '2026-01-01');
    await owner.gql(PAY, { id: paidIn10.id, input: { amount: 4_000, method: 'CASH', receivedAt: '2026-01-05' } });
    await owner.gql(PAY, { id: paidIn10.id, input: { amount: 6_000, method: 'CASH', receivedAt: '2026-01-11' } });
    const paidIn20 = await make(20_000, '2026-02-01');
    await owner.gql(PAY, { id: paidIn20.id, input: { amount: 20_000, method: 'CASH', receivedAt: '2026-02-21' } });
    const partial = await make(30_000, '2026-03-01');
    await owner.gql(PAY, { id: partial.id, input: { amount: 1_000, method: 'CASH', receivedAt: '2026-03-02' } });
    const voided = await make(99_000, '2026-03-01');
    await owner.gql(VOID, { id: voided.id, reason: 'x' });
    await owner.gql(CREATE, { input: { clientId: client.id, lines: [adHoc(55_000)] } });

    const res = await owner.gql(
      `query($id: ID!) { client(id: $id) { billingSummary { currency totalInvoiced totalPaid outstanding averageDaysToPay openInvoiceCount overdueCount } } }`,
      { id: client.id },
    );
    expect(res.data.client.billingSummary).toEqual({
      currency: 'USD',
      totalInvoiced: 60_000,
      totalPaid: 31_000,
      outstanding: 29_000,
      averageDaysToPay: 15,
      openInvoiceCount: 1,
      overdueCount: 1,
    });

    for (let i = 0; i < 6; i++) {
      const c = await insertClient(server.dataSource, own.workspace.id);
      await owner.gql(ISSUE, {
        id: (await owner.gql(CREATE, { input: { clientId: c.id, lines: [adHoc()] } })).data.createInvoice.id,
      });
    }
    const LIST = `query($limit: Int!) { clients(page: { limit: $limit }) { nodes { id billingSummary { totalInvoiced } } } }`;
    const small = await owner.gql(LIST, { limit: 2 });
    const large = await owner.gql(LIST, { limit: 7 });
    expect(large.data.clients.nodes).toHaveLength(7);
    expect(large.data.clients.nodes.every((n: any) => n.billingSummary.totalInvoiced > 0)).toBe(true);
    expect(Number(large.headers.get('x-sql-queries'))).toBe(Number(small.headers.get('x-sql-queries')));
  });
});
