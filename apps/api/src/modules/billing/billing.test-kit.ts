import type { DataSource } from 'typeorm';
import type { Project } from '../projects/project.entity';
import { TimeEntry } from '../time/time-entry.entity';

/** Test helper: billable time entries on a project (rates copied as the time module would). */
export async function insertTimeEntries(
  ds: DataSource,
  project: Project,
  userId: string,
  entries: Partial<TimeEntry>[],
): Promise<TimeEntry[]> {
  const repo = ds.getRepository(TimeEntry);
  return repo.save(
    entries.map((e) =>
      repo.create({
        workspaceId: project.workspaceId,
        projectId: project.id,
        clientId: project.clientId,
        userId,
        date: '2026-03-02',
        minutes: 60,
        billable: true,
        billRate: 10_000,
        ...e,
      }),
    ),
  );
}

/** Every invoice field the tests read. */
export const INVOICE_FIELDS = `id number status currency issueDate dueDate subtotal discountTotal taxTotal total amountPaid balance isOverdue
  taxSummary { rateBps base tax } billingSnapshot { name legalName taxId address { line1 city country } }
  lines { position description quantity unitPrice taxRate discount source projectId gross net timeEntryIds }
  payments { id amount method receivedAt } voidReason client { id name }`;

export const QUOTE_FIELDS = `id number status title issueDate validUntil total currency convertedInvoiceId projectId
  lines { description quantity unitPrice taxRate source projectId } events { action note userId user { id } }
  convertedInvoice { id status total projectId lines { source projectId } } project { id name value }`;
