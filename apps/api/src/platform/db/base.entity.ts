import { CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn, Column } from 'typeorm';

export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Every row of tenant data carries its workspace; TenantScope filters on it. */
export abstract class TenantEntity extends BaseEntity {
  @Index()
  @Column('uuid')
  workspaceId: string;
}

/** bigint columns hold integer minor units; pg returns them as strings. */
export const bigintNumber = {
  to: (value?: number | null) => value,
  from: (value?: string | null) => (value == null ? value : Number(value)),
};
