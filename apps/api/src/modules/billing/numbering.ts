import type { EntityManager } from 'typeorm';
import { formatInvoiceNumber } from '@clientflow/domain';
import { billingSettingsOf } from './billing-settings.service';
import type { SequenceKind } from './document-sequence.entity';

/**
 * Takes the next number of a workspace's INVOICE or QUOTE sequence. MUST run inside the transaction that issues
 * the document: the upsert's row lock makes concurrent issuers wait for each other, and a rollback returns the
 * number, so the sequence has no gaps and no duplicates.
 */
export async function allocateNumber(
  manager: EntityManager,
  workspaceId: string,
  kind: SequenceKind,
): Promise<{ sequence: number; number: string }> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('allocateNumber must run inside a transaction');
  const rows: { lastValue: number }[] = await manager.query(
    `INSERT INTO "document_sequence" ("workspaceId", "kind", "lastValue") VALUES ($1, $2, 1)
     ON CONFLICT ("workspaceId", "kind") DO UPDATE SET "lastValue" = "document_sequence"."lastValue" + 1
     RETURNING "lastValue"`,
    [workspaceId, kind],
  );
  const sequence = rows[0].lastValue;
  const settings = await billingSettingsOf(manager, workspaceId);
  const prefix = kind === 'INVOICE' ? settings.invoicePrefix : settings.quotePrefix;
  return { sequence, number: formatInvoiceNumber(prefix, sequence, { pad: settings.numberPadding }) };
}
