import type { EntityManager } from 'typeorm';
import { addDays, assertInvoiceTransition } from '@clientflow/domain';
import { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { ClientService } from '../clients/client.service';
import { Project } from '../projects/project.entity';
import { ProjectService } from '../projects/project.service';
import { TimelineService } from '../timeline/timeline.service';
import { BillingQueryService } from './billing-query.service';
import { BillingSettings } from './billing-settings.entity';
import { DEFAULT_BILLING_SETTINGS } from './billing-settings.service';
import { Invoice } from './invoices/invoice.entity';
import { InvoiceService } from './invoices/invoice.service';
import { QuoteService } from './quotes/quote.service';
import { FeedbackService } from '../feedback/feedback.service';

const TAX = 1000;
const line = (description: string, quantity: number, unitPrice: number) => ({
  description,
  quantity,
  unitPrice,
  taxRate: TAX,
});

/**
 * Demo invoicing through the real services (numbers, snapshots, timeline events, billed time): agency details,
 * invoices in every status, payments, and two quotes (one accepted and converted into an invoice and a project).
 * The first client (the demo portal contact's) gets two open invoices. Runs inside the demo seed's transaction,
 * which only runs once (see `seedDemo`).
 */
export async function seedBilling(
  m: EntityManager,
  workspaceId: string,
  userIds: string[],
  today: string,
): Promise<void> {
  await m.getRepository(BillingSettings).save({
    ...DEFAULT_BILLING_SETTINGS,
    workspaceId,
    invoicePrefix: 'NW-',
    quotePrefix: 'NWQ-',
    defaultTaxRate: TAX,
    legalName: 'Northwind Studio LLC',
    taxId: '12-3456789',
    address: '500 Pine Street, Suite 300\nSeattle, WA 98101\nUnited States',
    email: 'billing@northwind.example',
    paymentInstructions:
      'Bank transfer to Northwind Studio LLC — First Harbor Bank, routing 125000024, account 4400 1234 5678. Please quote the invoice number.',
    defaultNotes: 'Thank you for your business!',
    defaultTerms: 'Payment due within 14 days of the issue date.',
  });
  const timeline = new TimelineService();
  const invoices = new InvoiceService(timeline);
  const quotes = new QuoteService(
    timeline,
    invoices,
    new ProjectService(timeline, new ClientService(timeline), new FeedbackService(timeline)),
  );
  const scope = new TenantScope(m, workspaceId);
  const actor = userIds[0];
  const clients = await m
    .getRepository(Client)
    .find({ where: { workspaceId, status: 'ACTIVE' }, order: { createdAt: 'ASC' }, take: 6 });
  if (clients.length < 6) return;
  const [portalClient, second, third, fourth, fifth, sixth] = clients;

  const issued = async (
    clientId: string,
    issueDays: number,
    lines: ReturnType<typeof line>[],
    projectId: string | null = null,
  ) => {
    const issueDate = addDays(today, -issueDays);
    const draft = await invoices.createDraft(scope, {
      clientId,
      projectId,
      issueDate,
      dueDate: addDays(issueDate, 14),
      lines,
      createdByUserId: actor,
    });
    return invoices.issue(scope, draft.id, { actorUserId: actor, today });
  };
  const pay = (
    invoiceId: string,
    amount: number,
    daysAgo: number,
    method: 'BANK_TRANSFER' | 'CASH' | 'OTHER' = 'BANK_TRANSFER',
  ) =>
    invoices.recordPayment(scope, invoiceId, {
      amount,
      method,
      receivedAt: addDays(today, -daysAgo),
      reference: `TX-${1000 + daysAgo}`,
      recordedByUserId: actor,
    });

  // PAID (two payments), then the portal client's two open invoices (SENT, PARTIAL).
  const paid = await issued(portalClient.id, 60, [
    line('Monthly retainer — September', 1, 2_500_00),
    line('Photography session', 4, 150_00),
  ]);
  await pay(paid.id, 1_500_00, 52);
  await pay(paid.id, paid.total - 1_500_00, 45);
  await issued(portalClient.id, 5, [line('Monthly retainer — November', 1, 2_500_00)]);
  const partial = await issued(portalClient.id, 12, [
    line('Menu redesign', 1, 1_200_00),
    line('Print-ready files', 3, 80_00),
  ]);
  await pay(partial.id, 500_00, 3, 'CASH');

  // OVERDUE: issued 45 days ago, due 31 days ago, nothing paid (the overdue job would mark it; the seed does it at once).
  const late = await issued(second.id, 45, [line('Logistics dashboard — phase 1', 1, 6_400_00)]);
  assertInvoiceTransition(late.status, 'OVERDUE');
  await scope.update(Invoice, late.id, { status: 'OVERDUE' }, 'Invoice');

  // PAID in one payment; VOID with a reason.
  const thirdPaid = await issued(third.id, 30, [line('Architecture portfolio site', 1, 4_800_00)]);
  await pay(thirdPaid.id, thirdPaid.total, 20);
  const wrong = await issued(fourth.id, 20, [line('Accessibility audit', 1, 3_000_00)]);
  await invoices.void(scope, wrong.id, 'Issued to the wrong entity; replaced by a new invoice', actor);
  await issued(fourth.id, 19, [line('Accessibility audit', 1, 3_000_00)]);

  // DRAFT built from a client's unbilled time (the entries become billed) plus its project's fee when it has one: the
  // fifth client, or the next of the six that has unbilled time.
  let draftClient = fifth;
  let timeLines = await new BillingQueryService().unbilledTime(scope, fifth.id, null, 'TASK');
  for (const candidate of [sixth, fourth, third, second]) {
    if (timeLines.length) break;
    draftClient = candidate;
    timeLines = await new BillingQueryService().unbilledTime(scope, candidate.id, null, 'TASK');
  }
  const project = await m
    .getRepository(Project)
    .findOne({ where: { workspaceId, clientId: draftClient.id }, order: { createdAt: 'ASC' } });
  const draftLines = timeLines.slice(0, 3).map((l) => ({ ...l, taxRate: TAX }));
  if (project && project.value > 0)
    draftLines.push({
      ...(await new BillingQueryService().projectFeeLine(scope, project.id)),
      unitPrice: Math.round(project.value / 2),
      description: `${project.name}: 50% deposit`,
    });
  if (!draftLines.length)
    draftLines.push({
      ...line('Analytics setup', 1, 900_00),
      source: 'AD_HOC',
      projectId: null,
      timeEntryIds: [],
      minutes: 0,
      firstDate: null,
      lastDate: null,
    });
  await invoices.createDraft(scope, {
    clientId: draftClient.id,
    projectId: project?.id ?? null,
    lines: draftLines,
    createdByUserId: actor,
  });

  // Quotes: one accepted and converted (invoice draft + a new project), one waiting for an answer.
  const accepted = await quotes.createDraft(scope, {
    clientId: sixth.id,
    title: 'E-commerce launch',
    lines: [line('Online store setup', 1, 7_000_00), line('Product photography', 20, 45_00)],
    createdByUserId: actor,
  });
  await quotes.markSent(scope, accepted.id, { actorUserId: actor, today: addDays(today, -10) });
  await quotes.decide(scope, accepted.id, 'ACCEPTED', { userId: actor }, 'Approved on the call with the owners');
  await quotes.convert(scope, accepted.id, { createProject: true }, actor);
  const pending = await quotes.createDraft(scope, {
    clientId: portalClient.id,
    title: 'Loyalty app',
    lines: [line('Discovery and UX', 1, 3_500_00), line('App build (iOS + Android)', 1, 14_000_00)],
    createdByUserId: actor,
  });
  await quotes.markSent(scope, pending.id, { actorUserId: actor, today });
}
