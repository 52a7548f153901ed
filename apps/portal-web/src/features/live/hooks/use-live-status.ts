import { useSyncExternalStore } from 'react';
import type { LiveStatus } from '@clientflow/domain';
import { liveStatus } from '../live-status';

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(liveStatus.subscribe, () => liveStatus.getSnapshot().status);
}
