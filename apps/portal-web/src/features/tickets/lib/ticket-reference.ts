import type { PortalTicketSummaryFragment, TicketReferenceKind } from '@clientflow/graphql-types/portal';

export type TicketReferenceView = NonNullable<PortalTicketSummaryFragment['reference']>;

export const referencePath = (ref: TicketReferenceView) => (ref.kind === 'INVOICE' ? `/invoices/${ref.id}` : `/projects/${ref.id}`);

const API_PREFIX: Record<TicketReferenceKind, string> = { INVOICE: 'Invoice ', PROJECT: 'Project ' };

/**
 * The API labels a reference in English ("Invoice INV-0004", "Project Website redesign"): keep the name, so the
 * kind can be said in the reader's language.
 */
export function referenceName(ref: TicketReferenceView): string {
  const prefix = API_PREFIX[ref.kind];
  return ref.label.startsWith(prefix) ? ref.label.slice(prefix.length) : ref.label;
}
