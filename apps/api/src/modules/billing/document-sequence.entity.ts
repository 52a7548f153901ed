import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SequenceKind = 'INVOICE' | 'QUOTE';

/**
 * The last number issued per workspace and kind. Allocated with an upsert inside the issuing transaction, so the
 * row lock serialises concurrent issuers and a rolled-back issue gives its number back (no gaps, no duplicates).
 */
@Entity('document_sequence')
export class DocumentSequence {
  @PrimaryColumn('uuid')
  workspaceId: string;

  @PrimaryColumn({ type: 'varchar' })
  kind: SequenceKind;

  @Column({ type: 'int', default: 0 })
  lastValue: number;
}
