import { randomUUID } from 'node:crypto';
import type { ContactRole } from '@clientflow/domain';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { insertClient, type TestServer } from '../../../../test/harness';
import { Contact } from '../../clients/contact.entity';
import type { Invoice } from '../invoices/invoice.entity';
import { signedHeader } from './local-provider';

/** Test helpers shared by the payments and statement integration tests. */
export const WEBHOOK_SECRET = 'whsec_test_portal_payments_0123456789abcdef';

export async function clientWithContacts(
  server: TestServer,
  workspaceId: string,
  roles: ContactRole[] = ['BILLING', 'TECHNICAL', 'DECISION_MAKER'],
) {
  const tag = randomUUID().slice(0, 8);
  const client = await insertClient(
    server.dataSource,
    workspaceId,
    { name: `Paying Client ${tag}`, legalName: `Paying Client ${tag} Ltd`, taxId: 'PT123456789' },
    roles.map((role) => ({
      name: `${role} ${tag}`,
      email: `${role.toLowerCase()}-${tag}@client.example`,
      role,
      portalAccess: true,
    })),
  );
  const contacts = await server.dataSource.getRepository(Contact).find({ where: { clientId: client.id } });
  const byRole = Object.fromEntries(contacts.map((c) => [c.role, c])) as Record<ContactRole, Contact>;
  return { client, contacts: byRole };
}

/** A SENT invoice for `amount` minor units (one line, no tax). */
export async function issuedInvoice(
  server: TestServer,
  workspaceId: string,
  clientId: string,
  amount: number,
  currency = 'EUR',
  extra: { notes?: string } = {},
): Promise<Invoice> {
  const scope = new TenantScope(server.dataSource.manager, workspaceId);
  const service = server.app.services.invoices;
  const draft = await scope.transaction((s) =>
    service.createDraft(s, {
      clientId,
      currency,
      notes: extra.notes,
      lines: [{ description: 'Design work', quantity: 1, unitPrice: amount, taxRate: 0 }],
    }),
  );
  return scope.transaction((s) => service.issue(s, draft.id));
}

export async function draftInvoice(
  server: TestServer,
  workspaceId: string,
  clientId: string,
  amount: number,
): Promise<Invoice> {
  const scope = new TenantScope(server.dataSource.manager, workspaceId);
  return scope.transaction((s) =>
    server.app.services.invoices.createDraft(s, {
      clientId,
      lines: [{ description: 'Draft work', quantity: 1, unitPrice: amount, taxRate: 0 }],
    }),
  );
}

/** A portal session for the contact, as the magic link would create it (the portal's fixture). */
export { portalSession as portalAs } from '../../portal/portal-content.test-kit';

export async function postWebhook(
  server: TestServer,
  event: unknown,
  opts: { secret?: string | null; signature?: string } = {},
) {
  const payload = JSON.stringify(event);
  const secret = opts.secret === undefined ? WEBHOOK_SECRET : opts.secret;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.signature) headers['stripe-signature'] = opts.signature;
  else if (secret) headers['stripe-signature'] = signedHeader(payload, secret);
  const res = await fetch(`${server.url}/webhooks/stripe`, { method: 'POST', headers, body: payload });
  return { status: res.status, body: (await res.json()) as { outcome?: string; error?: string } };
}

export interface ZipEntry {
  name: string;
  method: number;
  data: Buffer;
}

/**
 * Reads a ZIP from its central directory (no dependency): names, compression method and, for STOREd entries, the
 * bytes. Enough to prove which PDFs a download holds.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, method, data: zip.subarray(dataStart, dataStart + size) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
