import { validateWorkspaceSettings } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Workspace } from '../identity/workspace.entity';
import type { UpdateWorkspaceSettingsInput } from './workspace-settings.inputs';

/**
 * The workspace row is the tenant itself (it has no workspaceId column), so the scope's own workspace id is the filter:
 * a caller can only ever read or change the workspace their session belongs to.
 */
export class WorkspaceSettingsService {
  get(scope: TenantScope): Promise<Workspace> {
    return scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
  }

  async update(scope: TenantScope, input: UpdateWorkspaceSettingsInput): Promise<Workspace> {
    const patch = validateWorkspaceSettings(input);
    return scope.transaction(async (tx) => {
      const repo = tx.manager.getRepository(Workspace);
      await repo
        .createQueryBuilder('w')
        .setLock('pessimistic_write')
        .where('w.id = :id', { id: tx.workspaceId })
        .getOneOrFail();
      if (Object.keys(patch).length) await repo.update({ id: tx.workspaceId }, patch);
      return repo.findOneByOrFail({ id: tx.workspaceId });
    });
  }
}
