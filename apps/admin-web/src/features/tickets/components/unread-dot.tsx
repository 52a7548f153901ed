import { Box } from '@mantine/core';

/** The unread marker beside a ticket or notification (announced as "Unread"). */
export function UnreadDot() {
  return (
    <Box
      component="span"
      role="img"
      aria-label="Unread"
      w={8}
      h={8}
      bg="blue.6"
      style={{ display: 'inline-block', borderRadius: '50%', flexShrink: 0 }}
    />
  );
}
