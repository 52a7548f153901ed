import 'reflect-metadata';
import { seedDemo, DEMO_PASSWORD, DEMO_PORTAL_EMAIL } from '../../demo-seed';
import { startTestServer, TestClient, type TestServer } from '../../../test/harness';
import { portalSession } from '../portal/portal-content.test-kit';
import { Contact } from '../clients/contact.entity';
import { Workspace } from '../identity/workspace.entity';
import { TimeEntry } from '../time/time-entry.entity';
import { Invoice } from './invoices/invoice.entity';
import { Quote } from './quotes/quote.entity';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('seeds invoices in every status, payments and two quotes once, through the real services', async () => {
  expect(await seedDemo(server.dataSource)).toBe('demo data seeded');
  const ws = await server.dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'northwind' });
  const invoices = await server.dataSource.getRepository(Invoice).findBy({ workspaceId: ws.id });
  expect(new Set(invoices.map((i) => i.status))).toEqual(
    new Set(['DRAFT', 'SENT', 'PARTIAL', 'PAID', 'OVERDUE', 'VOID']),
  );
  const numbers = invoices
    .filter((i) => i.number)
    .map((i) => i.sequence)
    .sort((a, b) => a! - b!);
  expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  const quotes = await server.dataSource.getRepository(Quote).findBy({ workspaceId: ws.id });
  expect(quotes.map((q) => q.status).sort()).toEqual(['ACCEPTED', 'SENT']);
  expect(quotes.find((q) => q.status === 'ACCEPTED')?.convertedInvoiceId).toBeTruthy();
  const portal = await server.dataSource
    .getRepository(Contact)
    .findOneByOrFail({ workspaceId: ws.id, email: DEMO_PORTAL_EMAIL });
  const open = invoices.filter(
    (i) => i.clientId === portal.clientId && ['SENT', 'PARTIAL', 'OVERDUE'].includes(i.status),
  );
  expect(open.length).toBeGreaterThanOrEqual(2);
  const draft = invoices.find((i) => i.status === 'DRAFT' && !i.quoteId)!;
  expect(
    await server.dataSource
      .getRepository(TimeEntry)
      .createQueryBuilder('te')
      .innerJoin('invoice_line', 'l', 'l.id = te."invoiceLineId"')
      .where('l."invoiceId" = :id', { id: draft.id })
      .getCount(),
  ).toBeGreaterThan(0);
  expect(await seedDemo(server.dataSource)).toBe('demo data already present');
});

it('seeds tickets the demo portal contact sees without the internal note, and the manager’s notifications', async () => {
  const ws = await server.dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'northwind' });
  const contact = await server.dataSource
    .getRepository(Contact)
    .findOneByOrFail({ workspaceId: ws.id, email: DEMO_PORTAL_EMAIL });
  const portal = await portalSession(server, contact);
  const res = await portal.gql(`{ portalTickets { id status messages { body } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.portalTickets.map((t: { status: string }) => t.status)).toEqual(['OPEN', 'RESOLVED']);
  const bodies = res.data.portalTickets
    .flatMap((t: { messages: { body: string }[] }) => t.messages.map((m) => m.body))
    .join('\n');
  expect(bodies).toContain('summer prices');
  expect(bodies).not.toContain('CMS import failed');
  const manager = new TestClient(server.url);
  await manager.gql(
    `mutation { signIn(email: "manager@demo.clientflow.test", password: "${DEMO_PASSWORD}") { viewer { user { id } } } }`,
  );
  expect((await manager.gql(`{ unreadNotificationCount tickets { totalCount } }`)).data).toEqual({
    unreadNotificationCount: 2,
    tickets: { totalCount: 5 },
  });
});
