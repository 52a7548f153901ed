/** What an in-app staff notification is about. */
export const NOTIFICATION_KINDS = ['TICKET_ASSIGNED', 'TICKET_MESSAGE'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
