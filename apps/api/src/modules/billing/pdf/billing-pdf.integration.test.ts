import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../../test/harness';
import { pdfText } from '../../../../test/pdf-text';
import { makeInvoice, portalCookie } from '../email/billing-email.test-kit';
import { BillingSettings } from '../billing-settings.entity';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'PDF Agency');
  b = await createWorkspace(server.dataSource, 'Other Agency');
  await server.dataSource.getRepository(BillingSettings).save({
    workspaceId: a.workspace.id,
    legalName: 'PDF Agency Lda',
    taxId: 'PT509999990',
    paymentInstructions: 'IBAN PT50 1234',
  });
});
afterAll(() => server.close());

const get = (path: string, cookie = '') => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

describe('GET /files/invoices/:id/pdf', () => {
  it('gives staff with financials.view the issued invoice as an attachment named by its number, with the frozen client details', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id, {
      name: 'Acme',
      legalName: 'Acme Comércio Ltda',
      taxId: '12.345.678/0001-95',
      street: 'Av. Paulista 1000',
      city: 'São Paulo',
      postalCode: '01310-100',
      country: 'BR',
    });
    const invoice = await makeInvoice(server, a.workspace.id, client.id, { issue: true, lineCount: 50 });
    const owner = await signIn(server, a.emails.OWNER);
    const res = await get(`/files/invoices/${invoice.id}/pdf`, owner.cookieHeader());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`attachment; filename="${invoice.number}.pdf"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const { text, pages } = await pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain(invoice.number!);
    expect(text).toContain('12.345.678/0001-95');
    expect(text).toContain('Av. Paulista 1000');
    expect(text).toContain('PDF Agency Lda');
    expect(text).toContain('IBAN PT50 1234');
    expect(text).toContain('Total $6,150.00'); // 50 × $100 + 23% tax
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('prints the live client on drafts and refuses roles without financials, other workspaces and anonymous callers', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id, { name: 'Draft Co', taxId: 'B12345678' });
    const draft = await makeInvoice(server, a.workspace.id, client.id);
    const manager = await signIn(server, a.emails.MANAGER);
    const res = await get(`/files/invoices/${draft.id}/pdf`, manager.cookieHeader());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('invoice-draft.pdf');
    expect((await pdfText(Buffer.from(await res.arrayBuffer()))).text).toContain('B12345678');

    const member = await signIn(server, a.emails.MEMBER);
    expect((await get(`/files/invoices/${draft.id}/pdf`, member.cookieHeader())).status).toBe(403);
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await get(`/files/invoices/${draft.id}/pdf`, ownerB.cookieHeader())).status).toBe(404);
    expect((await get(`/files/invoices/${draft.id}/pdf`)).status).toBe(401);
    expect((await get(`/files/invoices/not-a-uuid/pdf`, manager.cookieHeader())).status).toBe(404);
    expect((await get(`/files/quotes/${draft.id}/pdf`, manager.cookieHeader())).status).toBe(404);
  });

  it("lets portal contacts with VIEW_INVOICES download their own client's sent invoices, never drafts or other clients'", async () => {
    const client = await insertClient(server.dataSource, a.workspace.id, { name: 'Portal Co' });
    const other = await insertClient(server.dataSource, a.workspace.id, { name: 'Neighbour' });
    const sent = await makeInvoice(server, a.workspace.id, client.id, { issue: true });
    const draft = await makeInvoice(server, a.workspace.id, client.id);
    const neighbours = await makeInvoice(server, a.workspace.id, other.id, { issue: true });

    const billing = await portalCookie(server, server.dataSource, a.workspace.id, client.id, 'BILLING');
    expect((await get(`/files/invoices/${sent.id}/pdf`, billing)).status).toBe(200);
    expect((await get(`/files/invoices/${draft.id}/pdf`, billing)).status).toBe(404);
    expect((await get(`/files/invoices/${neighbours.id}/pdf`, billing)).status).toBe(404);

    // TECHNICAL contacts do not see money.
    const technical = await portalCookie(server, server.dataSource, a.workspace.id, client.id, 'TECHNICAL');
    expect((await get(`/files/invoices/${sent.id}/pdf`, technical)).status).toBe(403);
  });
});
