import { Column, Entity, Index } from 'typeorm';
import type { Role } from '@clientflow/domain';
import { TenantEntity } from '../../platform/db/base.entity';

/** An invitation to join a workspace with a role; open while neither accepted nor revoked (see the migration). */
@Entity('workspace_invitation')
@Index('workspace_invitation_open', ['workspaceId', 'email'], {
  unique: true,
  where: '"acceptedAt" IS NULL AND "revokedAt" IS NULL',
})
export class WorkspaceInvitation extends TenantEntity {
  /** Normalised (lower-case, trimmed). */
  @Column({ length: 320 })
  email: string;

  @Column({ type: 'varchar' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId: string | null;

  /** sha256 of the 32-byte token; the token itself is only ever in the email. Replaced on resend. */
  @Index('workspace_invitation_token', { unique: true })
  @Column({ length: 64, select: false })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the current token was emailed (first send or last resend). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
