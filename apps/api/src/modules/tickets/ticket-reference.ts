import type { Context } from '../../platform/graphql/context';
import type { Ticket } from './ticket.entity';
import type { TicketReferenceKind } from './ticket.types';

export interface TicketReference {
  kind: TicketReferenceKind;
  id: string;
  /** The invoice number or project name alone, for callers that say the kind in their own language. */
  name: string;
  label: string;
}

/**
 * The invoice or project a ticket is about, as a label for the caller: null when there is none or the caller may
 * not see it (staff without financials.view, a contact without VIEW_INVOICES / a hidden project).
 */
export async function ticketReference(
  ctx: Context,
  t: Ticket,
  may: { invoices: boolean; project: (projectId: string) => boolean },
): Promise<TicketReference | null> {
  if (t.invoiceId && may.invoices) {
    const invoice = await ctx.loaders.invoiceById.load(t.invoiceId);
    if (invoice?.number)
      return { kind: 'INVOICE', id: invoice.id, name: invoice.number, label: `Invoice ${invoice.number}` };
  }
  if (t.projectId && may.project(t.projectId)) {
    const project = await ctx.loaders.billingProjectById.load(t.projectId);
    if (project) return { kind: 'PROJECT', id: project.id, name: project.name, label: `Project ${project.name}` };
  }
  return null;
}
