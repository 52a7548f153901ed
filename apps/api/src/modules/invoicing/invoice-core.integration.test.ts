import { TenantScope } from '../../db/tenant-scope';
import { createWorkspace, insertClient, startTestServer, type TestServer } from '../../../test/harness';
import { InvoiceService } from './invoice.service';
import { TimelineService } from '../timeline/timeline.service';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('invoice core', () => {
  it('numbers invoices without gaps or duplicates when many are issued at once', async () => {
    const ws = await createWorkspace(server.dataSource);
    const client = await insertClient(server.dataSource, ws.workspace.id, { taxId: '12.345.678/0001-95', legalName: 'Acme Ltda' });
    const service = new InvoiceService(new TimelineService());
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    const drafts = [];
    for (let i = 0; i < 8; i++) {
      drafts.push(await scope.transaction((s) => service.createDraft(s, { clientId: client.id, lines: [{ description: 'Work', quantity: 1.5, unitPrice: 10_000, taxRate: 2300 }] })));
    }
    expect(drafts[0].total).toBe(18_450);
    const issued = await Promise.all(drafts.map((d) => scope.transaction((s) => service.issue(s, d.id))));
    expect(issued.map((i) => i.number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `INV-${String(i + 1).padStart(4, '0')}`));
    expect(issued[0].billingSnapshot?.taxId).toBe('12.345.678/0001-95');

    const { invoice } = await scope.transaction((s) => service.recordPayment(s, issued[0].id, { amount: 8_450, method: 'BANK_TRANSFER' }));
    expect(invoice.status).toBe('PARTIAL');
    await expect(scope.transaction((s) => service.recordPayment(s, issued[0].id, { amount: 10_001, method: 'CASH' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const paid = await scope.transaction((s) => service.recordPayment(s, issued[0].id, { amount: 10_000, method: 'CASH' }));
    expect(paid.invoice.status).toBe('PAID');
  });
});
