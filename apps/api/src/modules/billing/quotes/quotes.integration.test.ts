import { addDays, localDate } from '@clientflow/domain';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { Project } from '../../projects/project.entity';
import { TimelineEvent } from '../../timeline/timeline-event.entity';
import { QUOTE_FIELDS } from '../billing.test-kit';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { InvoiceService } from '../invoices/invoice.service';
import { Quote } from './quote.entity';
import { QuoteService } from './quote.service';

let server: TestServer;
let ws: TestWorkspace;
let manager: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Quotes');
  manager = await signIn(server, ws.emails.MANAGER);
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { ${QUOTE_FIELDS} } }`;
const SEND = `mutation($id: ID!) { markQuoteSent(id: $id) { ${QUOTE_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $note: String) { acceptQuote(id: $id, note: $note) { ${QUOTE_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectQuote(id: $id, note: $note) { ${QUOTE_FIELDS} } }`;
const CONVERT = `mutation($id: ID!, $input: ConvertQuoteInput) { convertQuote(id: $id, input: $input) { quote { ${QUOTE_FIELDS} } invoice { id status total quoteId projectId lines { description source projectId } } } }`;
const lines = [
  { description: 'Discovery', quantity: 1, unitPrice: 300_000, taxRate: 2300 },
  { description: 'Build', quantity: 2, unitPrice: 100_000, taxRate: 2300, discount: 500 },
];

async function sentQuote(title = 'Website redesign') {
  const client = await insertClient(server.dataSource, ws.workspace.id, { legalName: 'Quoted SA', taxId: 'B12345678' });
  const created = await manager.gql(CREATE, { input: { clientId: client.id, title, lines } });
  expect(created.errors).toBeUndefined();
  const sent = await manager.gql(SEND, { id: created.data.createQuote.id });
  expect(sent.errors).toBeUndefined();
  return { client, quote: sent.data.markQuoteSent };
}

describe('quotes', () => {
  it('drafts with the shared line rules, then sends with a number, a validity and a PROPOSAL event', async () => {
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const created = await manager.gql(CREATE, { input: { clientId: client.id, title: 'Brand', lines } });
    expect(created.data.createQuote).toMatchObject({
      status: 'DRAFT',
      number: null,
      total: 300_000 + 190_000 + 112_700,
    });
    const bad = await manager.gql(CREATE, {
      input: {
        clientId: client.id,
        lines: [{ description: 'x', quantity: 1, unitPrice: 1, taxRate: 0, timeEntryIds: [client.id] }],
      },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.timeEntryIds' });

    const today = localDate(new Date(), 'UTC');
    const sent = (await manager.gql(SEND, { id: created.data.createQuote.id })).data.markQuoteSent;
    expect(sent).toMatchObject({
      status: 'SENT',
      number: expect.stringMatching(/^QUO-\d{4}$/),
      issueDate: today,
      validUntil: addDays(today, 30),
    });
    expect(sent.events.map((e: any) => e.action)).toEqual(['SENT']);
    const events = await server.dataSource
      .getRepository(TimelineEvent)
      .findBy({ clientId: client.id, type: 'PROPOSAL' });
    expect(events.map((e) => e.summary)).toEqual([`Quote ${sent.number} sent`]);
    const edit = await manager.gql(`mutation($id: ID!) { updateQuote(id: $id, input: { title: "x" }) { id } }`, {
      id: sent.id,
    });
    expect(edit.errors?.[0].extensions?.code).toBe('CONFLICT');
    const del = await manager.gql(`mutation($id: ID!) { deleteQuote(id: $id) }`, { id: sent.id });
    expect(del.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Reopen to revise: back to DRAFT, same number on the next send.
    const reopened = await manager.gql(`mutation($id: ID!) { reopenQuote(id: $id) { status number } }`, {
      id: sent.id,
    });
    expect(reopened.data.reopenQuote).toEqual({ status: 'DRAFT', number: sent.number });
    const revised = await manager.gql(
      `mutation($id: ID!, $input: UpdateQuoteInput!) { updateQuote(id: $id, input: $input) { total } }`,
      {
        id: sent.id,
        input: { lines: [lines[0]] },
      },
    );
    expect(revised.data.updateQuote.total).toBe(369_000);
    const resent = (await manager.gql(SEND, { id: sent.id })).data.markQuoteSent;
    expect(resent.number).toBe(sent.number);
    expect(resent.events.map((e: any) => e.action)).toEqual(['SENT', 'REOPENED', 'SENT']);
  });

  it('accepts, then converts once into a draft invoice and a project, in one go', async () => {
    const { client, quote } = await sentQuote('Mobile app');
    const accepted = await manager.gql(ACCEPT, { id: quote.id, note: 'Signed by phone' });
    expect(accepted.data.acceptQuote).toMatchObject({ status: 'ACCEPTED' });
    expect(accepted.data.acceptQuote.events.at(-1)).toMatchObject({
      action: 'ACCEPTED',
      note: 'Signed by phone',
      user: { id: ws.users.MANAGER.id },
    });
    const rejectAfter = await manager.gql(REJECT, { id: quote.id });
    expect(rejectAfter.errors?.[0].extensions?.code).toBe('CONFLICT');

    const converted = await manager.gql(CONVERT, { id: quote.id, input: { createProject: true } });
    expect(converted.errors).toBeUndefined();
    const { quote: after, invoice } = converted.data.convertQuote;
    expect(invoice).toMatchObject({ status: 'DRAFT', total: quote.total, quoteId: quote.id });
    expect(after.convertedInvoiceId).toBe(invoice.id);
    expect(after.events.at(-1).action).toBe('CONVERTED');
    expect(after.project).toMatchObject({ name: 'Mobile app', value: 300_000 + 190_000 });
    expect(invoice.projectId).toBe(after.project.id);
    expect(invoice.lines.every((l: any) => l.source === 'FIXED_FEE' && l.projectId === after.project.id)).toBe(true);
    // The project's fee is on the invoice already: nothing left to suggest.
    const fee = await manager.gql(`query($p: ID!) { projectFeeLine(projectId: $p) { unitPrice } }`, {
      p: after.project.id,
    });
    expect(fee.errors?.[0].extensions?.code).toBe('CONFLICT');
    const projects = await server.dataSource.getRepository(Project).findBy({ clientId: client.id });
    expect(projects).toHaveLength(1);

    const twice = await manager.gql(CONVERT, { id: quote.id, input: { createProject: true } });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await server.dataSource.getRepository(Project).countBy({ clientId: client.id })).toBe(1);
  });

  it('converts without a project, and refuses quotes that are not accepted', async () => {
    const { quote } = await sentQuote();
    const early = await manager.gql(CONVERT, { id: quote.id });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    await manager.gql(ACCEPT, { id: quote.id });
    const converted = await manager.gql(CONVERT, { id: quote.id });
    expect(converted.data.convertQuote.invoice).toMatchObject({
      projectId: null,
      lines: [
        { source: 'AD_HOC', projectId: null },
        { source: 'AD_HOC', projectId: null },
      ],
    });
  });

  it('rolls the whole conversion back when a later step fails (no project, no invoice left behind)', async () => {
    const { client, quote } = await sentQuote();
    await manager.gql(ACCEPT, { id: quote.id });
    const tooLong = await manager.gql(CONVERT, {
      id: quote.id,
      input: { createProject: true, projectName: 'x'.repeat(201) },
    });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectName' });

    // The project is created first; the invoice step then fails: the project must go too.
    const { timeline, projects } = server.app.services;
    const failingInvoices = Object.assign(new InvoiceService(timeline), {
      createDraft: async () => {
        throw new Error('disk full');
      },
    });
    const quotes = new QuoteService(timeline, failingInvoices, projects);
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    await expect(
      scope.transaction((s) => quotes.convert(s, quote.id, { createProject: true }, ws.users.MANAGER.id)),
    ).rejects.toThrow('disk full');
    expect(await server.dataSource.getRepository(Project).countBy({ clientId: client.id })).toBe(0);
    expect(
      (await server.dataSource.getRepository(Quote).findOneByOrFail({ id: quote.id })).convertedInvoiceId,
    ).toBeNull();
    const ok = await manager.gql(CONVERT, { id: quote.id, input: { createProject: true } });
    expect(ok.errors).toBeUndefined();
  });

  it('rejects with a note; the decision is final', async () => {
    const { quote } = await sentQuote();
    const rejected = await manager.gql(REJECT, { id: quote.id, note: 'Too expensive' });
    expect(rejected.data.rejectQuote.status).toBe('REJECTED');
    expect(rejected.data.rejectQuote.events.map((e: any) => [e.action, e.note])).toEqual([
      ['SENT', null],
      ['REJECTED', 'Too expensive'],
    ]);
    const accept = await manager.gql(ACCEPT, { id: quote.id });
    expect(accept.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('expires sent quotes past their validity once, and refuses decisions on them until re-sent', async () => {
    const { quote } = await sentQuote();
    const { quote: fresh } = await sentQuote();
    await server.dataSource.getRepository(Quote).update({ id: quote.id }, { validUntil: '2026-01-01' });
    const expireQuotes = (opts = {}) =>
      server.app.services.quotes.expireQuotes(server.dataSource.manager, { workspaceId: ws.workspace.id, ...opts });

    const accept = await manager.gql(ACCEPT, { id: quote.id });
    expect(accept.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(accept.errors?.[0].message).toMatch(/expired/);

    expect(await expireQuotes()).toBe(1);
    expect(await expireQuotes()).toBe(0);
    const get = await manager.gql(`query($id: ID!) { quote(id: $id) { status events { action user { id } } } }`, {
      id: quote.id,
    });
    expect(get.data.quote.status).toBe('EXPIRED');
    expect(get.data.quote.events.at(-1)).toEqual({ action: 'EXPIRED', user: null });
    expect(
      (await manager.gql(`query($id: ID!) { quote(id: $id) { status } }`, { id: fresh.id })).data.quote.status,
    ).toBe('SENT');

    const resent = (await manager.gql(SEND, { id: quote.id })).data.markQuoteSent;
    expect(resent.status).toBe('SENT');
    expect(resent.validUntil > localDate(new Date(), 'UTC')).toBe(true);
    expect((await manager.gql(ACCEPT, { id: quote.id })).data.acceptQuote.status).toBe('ACCEPTED');
  });

  it('lists quotes with filters and totals', async () => {
    const own = await createWorkspace(server.dataSource, 'QuoteList');
    const owner = await signIn(server, own.emails.OWNER);
    const client = await insertClient(server.dataSource, own.workspace.id, { name: 'Gamma' });
    const q1 = (await owner.gql(CREATE, { input: { clientId: client.id, lines: [lines[0]] } })).data.createQuote;
    await owner.gql(CREATE, { input: { clientId: client.id, lines: [lines[0]], currency: 'eur' } });
    await owner.gql(SEND, { id: q1.id });
    const LIST = `query($f: QuoteFilter) { quotes(filter: $f) { totalCount nodes { id status currency } totals { currency count total } } }`;
    const all = await owner.gql(LIST, {});
    expect(all.data.quotes.totals).toEqual([
      { currency: 'EUR', count: 1, total: 369_000 },
      { currency: 'USD', count: 1, total: 369_000 },
    ]);
    const sent = await owner.gql(LIST, { f: { status: ['SENT'], search: 'gam' } });
    expect(sent.data.quotes.nodes.map((n: any) => n.id)).toEqual([q1.id]);
  });
});

describe('billing settings', () => {
  it('reads defaults, updates with validation per field, and numbers with the new prefix', async () => {
    const own = await createWorkspace(server.dataSource, 'Settings');
    const owner = await signIn(server, own.emails.OWNER);
    const FIELDS = `invoicePrefix quotePrefix numberPadding paymentTermsDays quoteValidityDays defaultTaxRate reminderOffsetsDays remindersEnabled legalName email`;
    const read = await owner.gql(`{ billingSettings { ${FIELDS} } }`);
    expect(read.data.billingSettings).toMatchObject({
      invoicePrefix: 'INV-',
      numberPadding: 4,
      paymentTermsDays: 14,
      reminderOffsetsDays: [-3, 0, 7, 14],
    });
    const UPDATE = `mutation($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { ${FIELDS} } }`;
    const bad = [
      [{ invoicePrefix: 'inv 2026' }, 'invoicePrefix'],
      [{ numberPadding: 13 }, 'numberPadding'],
      [{ defaultTaxRate: 10_001 }, 'defaultTaxRate'],
      [{ reminderOffsetsDays: [0, 400] }, 'reminderOffsetsDays.1'],
      [{ email: 'nope' }, 'email'],
    ] as const;
    for (const [input, field] of bad) {
      const res = await owner.gql(UPDATE, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const ok = await owner.gql(UPDATE, {
      input: {
        invoicePrefix: 'NW-2026-',
        numberPadding: 3,
        reminderOffsetsDays: [14, -3, 0, 0],
        legalName: ' Northwind Ltd ',
        email: 'billing@nw.example',
      },
    });
    expect(ok.data.updateBillingSettings).toMatchObject({
      invoicePrefix: 'NW-2026-',
      numberPadding: 3,
      reminderOffsetsDays: [-3, 0, 14],
      legalName: 'Northwind Ltd',
      paymentTermsDays: 14,
    });
    const again = await owner.gql(UPDATE, { input: { paymentTermsDays: 30 } });
    expect(again.data.updateBillingSettings).toMatchObject({ invoicePrefix: 'NW-2026-', paymentTermsDays: 30 });

    const client = await insertClient(server.dataSource, own.workspace.id);
    const draft = await owner.gql(
      `mutation($c: ID!) { createInvoice(input: { clientId: $c, issueDate: "2026-05-01", lines: [{ description: "x", quantity: 1, unitPrice: 100, taxRate: 0 }] }) { id } }`,
      { c: client.id },
    );
    const issued = await owner.gql(`mutation($id: ID!) { issueInvoice(id: $id) { number dueDate } }`, {
      id: draft.data.createInvoice.id,
    });
    expect(issued.data.issueInvoice).toEqual({ number: 'NW-2026-001', dueDate: '2026-05-31' });
  });
});
