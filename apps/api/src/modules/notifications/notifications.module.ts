import { defineModule } from '../../platform/module';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NOTIFICATION_TOPIC, notificationTopic } from './notification.topics';

declare module '../../platform/module' {
  interface Services {
    notifications: NotificationService;
  }
}

/** In-app notifications for staff (the header bell), live. */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [Notification],
  resolvers: [NotificationResolver],
  services: { notifications: () => new NotificationService() },
  liveTopics: { [NOTIFICATION_TOPIC]: notificationTopic },
});
