import { badInput, type NotificationKind } from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { Notification } from './notification.entity';
import { publishNotification } from './notification.topics';

export const MAX_NOTIFICATIONS = 50;

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string | null;
  ticketId?: string | null;
  clientId?: string | null;
}

/** Staff in-app notifications: written inside the business transaction that caused them, delivered live after commit. */
export class NotificationService {
  async notify(tx: TenantScope, input: NotifyInput): Promise<Notification> {
    const row = await tx.insert(Notification, {
      userId: input.userId,
      kind: input.kind,
      title: input.title.slice(0, 300),
      body: input.body ? input.body.slice(0, 500) : null,
      ticketId: input.ticketId ?? null,
      clientId: input.clientId ?? null,
      readAt: null,
    });
    await publishNotification(tx.manager, row);
    return row;
  }

  /** The caller's newest notifications. */
  list(scope: TenantScope, userId: string, first: number): Promise<Notification[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS)
      throw badInput('first', `first must be from 1 to ${MAX_NOTIFICATIONS}`);
    return scope
      .query(Notification, 'n')
      .andWhere('n."userId" = :userId', { userId })
      .orderBy('n."createdAt"', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first)
      .getMany();
  }

  unreadCount(scope: TenantScope, userId: string): Promise<number> {
    return scope
      .query(Notification, 'n')
      .andWhere('n."userId" = :userId AND n."readAt" IS NULL', { userId })
      .getCount();
  }

  /** Marks the caller's notifications read (the given ones, or all); answers how many changed. */
  async markRead(scope: TenantScope, userId: string, ids: string[] | null | undefined): Promise<number> {
    if (ids && ids.some((id) => !isUuid(id))) throw badInput('ids', 'Unknown notification id');
    if (ids && !ids.length) return 0;
    const qb = scope
      .query(Notification, 'n')
      .select('n.id')
      .andWhere('n."userId" = :userId AND n."readAt" IS NULL', { userId });
    if (ids) qb.andWhere('n.id IN (:...ids)', { ids });
    const targets = (await qb.getMany()).map((n) => n.id);
    if (!targets.length) return 0;
    const result = await scope.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('id IN (:...targets) AND "readAt" IS NULL', { targets })
      .execute();
    return result.affected ?? 0;
  }
}
