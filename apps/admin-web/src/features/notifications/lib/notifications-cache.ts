import type { NotificationFieldsFragment, NotificationsQuery } from '@clientflow/graphql-types/admin';

/** How many notifications the bell lists (the API answers at most 50). */
export const NOTIFICATIONS_SHOWN = 20;

/** A live notification on top of the list (once) and in the unread count. */
export function withNewNotification(prev: NotificationsQuery, added: NotificationFieldsFragment): NotificationsQuery {
  if (prev.notifications.some((n) => n.id === added.id)) return prev;
  return {
    notifications: [added, ...prev.notifications].slice(0, NOTIFICATIONS_SHOWN),
    unreadNotificationCount: prev.unreadNotificationCount + (added.readAt ? 0 : 1),
  };
}

/** After marking read (`ids` null: all of them): read rows, and the count the server reported as changed taken off. */
export function withNotificationsRead(
  prev: NotificationsQuery,
  ids: readonly string[] | null,
  changed: number,
  readAt: string,
): NotificationsQuery {
  return {
    notifications: prev.notifications.map((n) =>
      !n.readAt && (ids === null || ids.includes(n.id)) ? { ...n, readAt } : n,
    ),
    unreadNotificationCount: ids === null ? 0 : Math.max(0, prev.unreadNotificationCount - changed),
  };
}

/** Where a notification leads: its ticket, else its client. */
export function notificationHref(n: Pick<NotificationFieldsFragment, 'ticketId' | 'clientId'>): string | null {
  if (n.ticketId) return `/tickets/${n.ticketId}`;
  if (n.clientId) return `/clients/${n.clientId}`;
  return null;
}
