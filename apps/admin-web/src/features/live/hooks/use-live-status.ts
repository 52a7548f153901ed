import { useSyncExternalStore } from 'react';
import type { LiveStatus } from '@clientflow/domain';
import { liveStatus } from '../live-status';

/** 'idle' (no live screen open), 'connecting', 'live' or 'reconnecting'. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(liveStatus.subscribe, () => liveStatus.getSnapshot().status);
}
