import { randomUUID } from 'node:crypto';
import type { ContactRole } from '@clientflow/domain';
import { TenantScope } from '../../db/tenant-scope';
import { insertClient, TestClient, type TestServer } from '../../../test/harness';
import { Contact } from '../clients/contact.entity';
import type { Invoice } from '../invoicing/invoice.entity';
import { signedHeader } from './local-provider';

/** Test helpers shared by the payments and statement integration tests. */
export const WEBHOOK_SECRET = 'whsec_test_portal_payments_0123456789abcdef';

export async function clientWithContacts(server: TestServer, workspaceId: string, roles: ContactRole[] = ['BILLING', 'TECHNICAL', 'DECISION_MAKER']) {
  const tag = randomUUID().slice(0, 8);
  const client = await insertClient(
    server.dataSource,
    workspaceId,
    { name: `Paying Client ${tag}`, legalName: `Paying Client ${tag} Ltd`, taxId: 'PT123456789' },
    roles.map((role) => ({ name: `${role} ${tag}`, email: `${role.toLowerCase()}-${tag}@client.example`, role, portalAccess: true })),
  );
  const contacts = await server.dataSource.getRepository(Contact).find({ where: { clientId: client.id } });
  const byRole = Object.fromEntries(contacts.map((c) => [c.role, c])) as Record<ContactRole, Contact>;
  return { client, contacts: byRole };
}

/** A SENT invoice for `amount` minor units (one line, no tax). */
export async function issuedInvoice(server: TestServer, workspaceId: string, clientId: string, amount: number, currency = 'EUR', extra: { notes?: string } = {}): Promise<Invoice> {
  const scope = new TenantScope(server.dataSource.manager, workspaceId);
  const service = server.app.services.invoices;
  const draft = await scope.transaction((s) =>
    service.createDraft(s, { clientId, currency, notes: extra.notes, lines: [{ description: 'Design work', quantity: 1, unitPrice: amount, taxRate: 0 }] }),
  );
  return scope.transaction((s) => service.issue(s, draft.id));
}

export async function draftInvoice(server: TestServer, workspaceId: string, clientId: string, amount: number): Promise<Invoice> {
  const scope = new TenantScope(server.dataSource.manager, workspaceId);
  return scope.transaction((s) => server.app.services.invoices.createDraft(s, { clientId, lines: [{ description: 'Draft work', quantity: 1, unitPrice: amount, taxRate: 0 }] }));
}

/** A portal session for the contact, as the magic link would create it. */
export async function portalAs(server: TestServer, contact: Contact): Promise<TestClient> {
  const portal = new TestClient(server.url, 'portal');
  portal.setCookie('cf_portal', await server.app.services.tokens.sign({ kind: 'portal', sub: contact.id, cid: contact.clientId, ws: contact.workspaceId }));
  return portal;
}

export async function postWebhook(server: TestServer, event: unknown, opts: { secret?: string | null; signature?: string } = {}) {
  const payload = JSON.stringify(event);
  const secret = opts.secret === undefined ? WEBHOOK_SECRET : opts.secret;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.signature) headers['stripe-signature'] = opts.signature;
  else if (secret) headers['stripe-signature'] = signedHeader(payload, secret);
  const res = await fetch(`${server.url}/webhooks/stripe`, { method: 'POST', headers, body: payload });
  return { status: res.status, body: (await res.json()) as { outcome?: string; error?: string } };
}
