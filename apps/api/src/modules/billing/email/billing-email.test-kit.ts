import type { DataSource } from 'typeorm';
import { TenantScope } from '../../../platform/db/tenant-scope';
import type { TestServer } from '../../../../test/harness';
import { Contact } from '../../clients/contact.entity';
import type { Invoice } from '../invoices/invoice.entity';
import type { Quote } from '../quotes/quote.entity';

/** A draft (or issued) invoice of `lineCount` lines for a client, through the real invoice service. */
export async function makeInvoice(
  server: TestServer,
  workspaceId: string,
  clientId: string,
  opts: { issue?: boolean; lineCount?: number } = {},
): Promise<Invoice> {
  const scope = new TenantScope(server.dataSource.manager, workspaceId);
  const lines = Array.from({ length: opts.lineCount ?? 2 }, (_, i) => ({
    description: `Line ${i + 1}`,
    quantity: 1,
    unitPrice: 10_000,
    taxRate: 2300,
  }));
  return scope.transaction(async (s) => {
    const draft = await server.app.services.invoices.createDraft(s, { clientId, lines });
    return opts.issue ? server.app.services.invoices.issue(s, draft.id) : draft;
  });
}

export async function makeQuote(
  server: TestServer,
  workspaceId: string,
  clientId: string,
  title = 'Website redesign',
): Promise<Quote> {
  const scope = new TenantScope(server.dataSource.manager, workspaceId);
  return scope.transaction((s) =>
    server.app.services.quotes.createDraft(s, {
      clientId,
      title,
      lines: [{ description: 'Design', quantity: 10, unitPrice: 8_000, taxRate: 0 }],
    }),
  );
}

/** A portal session cookie for a new contact of the client with the given role. */
export async function portalCookie(
  server: TestServer,
  ds: DataSource,
  workspaceId: string,
  clientId: string,
  role: Contact['role'],
): Promise<string> {
  const repo = ds.getRepository(Contact);
  const contact = await repo.save(
    repo.create({ workspaceId, clientId, name: `Portal ${role}`, role, portalAccess: true }),
  );
  return `cf_portal=${await server.app.services.tokens.sign({ kind: 'portal', sub: contact.id, cid: clientId, ws: workspaceId })}`;
}
