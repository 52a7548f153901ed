import {
  createWorkspace,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import {
  clientWithContacts,
  draftInvoice,
  issuedInvoice,
  portalAs,
  readZip,
  WEBHOOK_SECRET,
} from '../payments/payments.test-kit';

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ paymentsProvider: 'local', stripeWebhookSecret: WEBHOOK_SECRET });
  ws = await createWorkspace(server.dataSource, 'Zip');
});
afterAll(() => server.close());

const zipOf = (client: TestClient, ids: string[]) =>
  fetch(`${server.url}/files/portal/invoices.zip?ids=${ids.join(',')}`, { headers: { cookie: client.cookieHeader() } });

describe('bulk download of invoice PDFs', () => {
  it('streams a ZIP holding exactly the selected invoices as PDFs', async () => {
    const { client, contacts } = await clientWithContacts(server, ws.workspace.id);
    const a = await issuedInvoice(server, ws.workspace.id, client.id, 1_000);
    const b = await issuedInvoice(server, ws.workspace.id, client.id, 2_000);
    await issuedInvoice(server, ws.workspace.id, client.id, 3_000); // not selected
    const portal = await portalAs(server, contacts.BILLING);
    const res = await zipOf(portal, [a.id, b.id]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="invoices-\d{4}-\d{2}-\d{2}\.zip"/);
    const entries = readZip(Buffer.from(await res.arrayBuffer()));
    expect(entries.map((e) => e.name).sort()).toEqual([`${a.number}.pdf`, `${b.number}.pdf`].sort());
    for (const entry of entries) {
      expect(entry.method).toBe(0);
      expect(entry.data.subarray(0, 5).toString()).toBe('%PDF-');
      expect(entry.data.subarray(-6).toString()).toContain('%%EOF');
    }
  }, 60_000);

  it("refuses drafts, other clients' invoices, bad or too many ids with nothing streamed", async () => {
    const { client, contacts } = await clientWithContacts(server, ws.workspace.id);
    const mine = await issuedInvoice(server, ws.workspace.id, client.id, 1_000);
    const draft = await draftInvoice(server, ws.workspace.id, client.id, 500);
    const { client: neighbour } = await clientWithContacts(server, ws.workspace.id, ['BILLING']);
    const theirs = await issuedInvoice(server, ws.workspace.id, neighbour.id, 700);
    const portal = await portalAs(server, contacts.BILLING);
    for (const ids of [[mine.id, draft.id], [mine.id, theirs.id], ['nope']]) {
      const res = await zipOf(portal, ids);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/json/);
    }
    expect((await zipOf(portal, [])).status).toBe(400);
    const tooMany = Array.from({ length: 101 }, () => crypto.randomUUID());
    expect((await zipOf(portal, tooMany)).status).toBe(400);
  });

  it('needs a portal session with VIEW_INVOICES', async () => {
    const { client, contacts } = await clientWithContacts(server, ws.workspace.id);
    const invoice = await issuedInvoice(server, ws.workspace.id, client.id, 1_000);
    expect((await zipOf(await portalAs(server, contacts.TECHNICAL), [invoice.id])).status).toBe(403);
    expect((await zipOf(new TestClient(server.url, 'portal'), [invoice.id])).status).toBe(401);
    expect((await zipOf(await signIn(server, ws.emails.OWNER), [invoice.id])).status).toBe(401);
  });

  it('has a staff variant for the admin invoices list: financials.view, inside the workspace', async () => {
    const { client } = await clientWithContacts(server, ws.workspace.id, ['BILLING']);
    const a = await issuedInvoice(server, ws.workspace.id, client.id, 1_000);
    const b = await issuedInvoice(server, ws.workspace.id, client.id, 2_000);
    const staffZip = (c: TestClient, ids: string[]) =>
      fetch(`${server.url}/files/invoices.zip?ids=${ids.join(',')}`, { headers: { cookie: c.cookieHeader() } });
    const owner = await signIn(server, ws.emails.OWNER);
    const res = await staffZip(owner, [a.id, b.id]);
    expect(res.status).toBe(200);
    expect(
      readZip(Buffer.from(await res.arrayBuffer()))
        .map((e) => e.name)
        .sort(),
    ).toEqual([`${a.number}.pdf`, `${b.number}.pdf`].sort());
    expect((await staffZip(await signIn(server, ws.emails.MEMBER), [a.id])).status).toBe(403);
    const elsewhere = await createWorkspace(server.dataSource, 'Zip B');
    expect((await staffZip(await signIn(server, elsewhere.emails.OWNER), [a.id])).status).toBe(404);
  }, 60_000);
});
