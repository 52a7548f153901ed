import { Badge, Tooltip } from '@mantine/core';
import type { LiveStatus } from '@clientflow/domain';
import { useT } from '../../../shared/i18n/i18n-provider';
import { useLiveStatus } from '../hooks/use-live-status';

const COLOR: Record<Exclude<LiveStatus, 'idle'>, string> = { connecting: 'gray', live: 'teal', reconnecting: 'yellow' };

/** Header badge: whether this page updates by itself. Hidden while no live connection is in use. */
export function LiveIndicator() {
  const t = useT();
  const status = useLiveStatus();
  if (status === 'idle') return null;
  return (
    <Tooltip label={t(`live.${status}.hint`)} withArrow>
      <Badge
        variant="dot"
        color={COLOR[status]}
        size="md"
        role="status"
        aria-live="polite"
        tabIndex={0}
        visibleFrom="xs"
      >
        {t(`live.${status}`)}
      </Badge>
    </Tooltip>
  );
}
