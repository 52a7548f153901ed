import { useLayoutEffect, useRef } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  type NotificationFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { NOTIFICATIONS_SHOWN, withNewNotification, withNotificationsRead } from '../lib/notifications-cache';

const variables = { first: NOTIFICATIONS_SHOWN };

/**
 * The viewer's in-app notifications: the newest ones and the unread count, kept current by `notificationAdded`
 * (`onAdded` runs for each new one, e.g. to show a toast).
 */
export function useNotifications(onAdded: (n: NotificationFieldsFragment) => void) {
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables,
    context: { handledErrorCodes: ['*'] },
  });
  const latest = useRef(onAdded);
  useLayoutEffect(() => {
    latest.current = onAdded;
  });
  useSubscription(NotificationAddedDocument, {
    ignoreResults: true,
    // UNAUTHENTICATED still signs out; a lost socket is shown by the live indicator, not as an error toast.
    context: { handledErrorCodes: ['*'] },
    onData: ({ client, data: live }) => {
      const added = live.data?.notificationAdded;
      if (!added) return;
      client.cache.updateQuery({ query: NotificationsDocument, variables }, (prev) =>
        prev ? withNewNotification(prev, added) : prev,
      );
      latest.current(added);
    },
  });

  return {
    notifications: data?.notifications ?? [],
    unread: data?.unreadNotificationCount ?? 0,
    loading: loading && !data,
    error: error && !data ? error : undefined,
    refetch,
  };
}

/** Marks notifications read and updates the cached list and count (a hook of its own: `onAdded` may use it). */
export function useMarkNotificationsRead() {
  const [mark, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    context: { handledErrorCodes: ['*'] },
  });
  /** `ids` null: every notification of the viewer. */
  const markRead = async (ids: string[] | null) => {
    const readAt = new Date().toISOString();
    await mark({
      variables: { ids },
      update(cache, { data: result }) {
        const changed = result?.markNotificationsRead ?? 0;
        cache.updateQuery({ query: NotificationsDocument, variables }, (prev) =>
          prev ? withNotificationsRead(prev, ids, changed, readAt) : prev,
        );
      },
    });
  };

  return { markRead, marking };
}
