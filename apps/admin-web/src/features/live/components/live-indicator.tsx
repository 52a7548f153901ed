import { Badge, Tooltip } from '@mantine/core';
import type { LiveStatus } from '@clientflow/domain';
import { useLiveStatus } from '../hooks/use-live-status';

const LOOK: Record<Exclude<LiveStatus, 'idle'>, { label: string; color: string; hint: string }> = {
  connecting: { label: 'Connecting…', color: 'gray', hint: 'Opening the live connection' },
  live: { label: 'Live', color: 'teal', hint: 'Changes by others appear here as they happen' },
  reconnecting: {
    label: 'Reconnecting…',
    color: 'yellow',
    hint: 'Live updates paused; this page refreshes when the connection is back',
  },
};

/** Header badge: whether the screens on show receive live updates. Hidden while no live screen is open. */
export function LiveIndicator() {
  const status = useLiveStatus();
  if (status === 'idle') return null;
  const look = LOOK[status];
  return (
    <Tooltip label={look.hint} withArrow>
      <Badge variant="dot" color={look.color} size="md" role="status" aria-live="polite" tabIndex={0}>
        {look.label}
      </Badge>
    </Tooltip>
  );
}
