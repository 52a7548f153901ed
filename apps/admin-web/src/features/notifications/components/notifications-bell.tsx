import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Center,
  Divider,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import type { NotificationFieldsFragment } from '@clientflow/graphql-types/admin';
import { formatRelative } from '../../../shared/lib/format';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { UnreadDot } from '../../tickets/components/unread-dot';
import { useMarkNotificationsRead, useNotifications } from '../hooks/use-notifications';
import { notificationHref } from '../lib/notifications-cache';

/** Header bell: unread count, the newest notifications (each opens its ticket), "Mark all read"; live. */
export function NotificationsBell() {
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { locale } = useWorkspaceFormat();
  const { markRead, marking } = useMarkNotificationsRead();

  const open = (n: NotificationFieldsFragment) => {
    const href = notificationHref(n);
    if (!n.readAt) void markRead([n.id]).catch(() => undefined);
    setOpened(false);
    if (href) void navigate(href);
  };

  const { notifications, unread, loading, error, refetch } = useNotifications((n) => {
    const href = notificationHref(n);
    // Already looking at it: the count says enough.
    if (href && pathname === href) return;
    const id = `notification-${n.id}`;
    toasts.show({
      id,
      color: 'blue',
      icon: <IconBell size={16} />,
      title: n.title,
      // The toasts live outside the router: navigate through the closure, not a Link.
      message: (
        <Stack gap={4}>
          {n.body && (
            <Text size="sm" lineClamp={2}>
              {n.body}
            </Text>
          )}
          {href && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                toasts.hide(id);
                open(n);
              }}
            >
              Open ticket
            </Anchor>
          )}
        </Stack>
      ),
    });
  });

  const label = unread > 99 ? '99+' : String(unread);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(360px, calc(100vw - 24px))"
      shadow="md"
      trapFocus
      withinPortal
    >
      <Popover.Target>
        <Indicator label={label} size={18} color="red" offset={4} disabled={unread === 0} inline>
          <ActionIcon
            variant="default"
            size="lg"
            radius="md"
            aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={18} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconChecks size={14} />}
            disabled={unread === 0}
            loading={marking}
            onClick={() =>
              void markRead(null).catch((e) =>
                toasts.show({ color: 'red', title: 'Could not mark them read', message: apiErrorInfo(e).message }),
              )
            }
          >
            Mark all read
          </Button>
        </Group>
        <Divider />
        {loading ? (
          <Center py="md" role="status" aria-label="Loading notifications">
            <Loader size="sm" />
          </Center>
        ) : error ? (
          <Stack gap={4} p="sm" align="flex-start" role="alert">
            <Text size="sm" c="red">
              {apiErrorInfo(error).message}
            </Text>
            <Button variant="default" size="compact-xs" onClick={() => void refetch()}>
              Try again
            </Button>
          </Stack>
        ) : notifications.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            No notifications yet. You are notified here when a ticket is assigned to you or a message arrives on one.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {notifications.map((n) => (
                <li key={n.id}>
                  <UnstyledButton
                    onClick={() => open(n)}
                    px="sm"
                    py="xs"
                    w="100%"
                    data-unread={!n.readAt || undefined}
                    style={{ display: 'block', borderBottom: '1px solid var(--mantine-color-default-border)' }}
                  >
                    <Group gap={8} wrap="nowrap" align="flex-start">
                      <div style={{ width: 8, paddingTop: 6, flexShrink: 0 }}>{!n.readAt && <UnreadDot />}</div>
                      <div style={{ minWidth: 0, flex: 1 }}>
                        <Text size="sm" fw={n.readAt ? 400 : 700} lineClamp={2}>
                          {n.title}
                        </Text>
                        {n.body && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {n.body}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
                          {formatRelative(n.createdAt, locale)}
                        </Text>
                      </div>
                    </Group>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
