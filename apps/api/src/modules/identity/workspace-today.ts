import type { EntityManager } from 'typeorm';
import { localDate } from '@clientflow/domain';
import { Workspace } from './workspace.entity';

/** The calendar date at `now` in the workspace's time zone (jobs pass their own clock; requests use the loader). */
export async function workspaceTodayIn(manager: EntityManager, workspaceId: string, now: Date): Promise<string> {
  const ws = await manager.getRepository(Workspace).findOneByOrFail({ id: workspaceId });
  return localDate(now, ws.timezone);
}
