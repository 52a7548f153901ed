import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters shared by every API process. */
@Entity('rate_limit_bucket')
export class RateLimitBucket {
  @PrimaryColumn()
  key: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ default: 0 })
  count: number;
}
