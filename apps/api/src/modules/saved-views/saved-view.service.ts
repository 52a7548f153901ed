import { badInput, cleanText, DomainError, notFound } from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { SavedView } from './saved-view.entity';
import type { SavedViewInput } from './saved-view.types';

/** Plain JSON of an input object, dropping unset keys (so stored views stay small and stable). */
const toJson = (value: object | null | undefined): Record<string, unknown> =>
  value ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : {};

const MAX_VIEWS_PER_USER = 100;
const DEFAULT_FILTERS = { includeArchived: false };
const DEFAULT_SORT = { field: 'NAME', direction: 'ASC' };

/** Saved views are private: every read and write is narrowed to the calling user inside their workspace scope. */
export class SavedViewService {
  list(scope: TenantScope, userId: string): Promise<SavedView[]> {
    return this.own(scope, userId).orderBy('lower(v.name)', 'ASC').getMany();
  }

  async create(scope: TenantScope, userId: string, input: SavedViewInput): Promise<SavedView> {
    const name = this.name(input.name);
    return scope.transaction(async (tx) => {
      const mine = await this.own(tx, userId).getMany();
      if (mine.length >= MAX_VIEWS_PER_USER)
        throw badInput('name', `You can keep at most ${MAX_VIEWS_PER_USER} saved views`);
      this.assertUniqueName(mine, name, null);
      return tx.insert(SavedView, {
        userId,
        name,
        filters: toJson(input.filters ?? DEFAULT_FILTERS),
        sort: toJson(input.sort ?? DEFAULT_SORT),
        viewMode: input.viewMode,
      });
    });
  }

  async update(scope: TenantScope, userId: string, id: string, input: SavedViewInput): Promise<SavedView> {
    const name = this.name(input.name);
    return scope.transaction(async (tx) => {
      await this.get(tx, userId, id);
      this.assertUniqueName(await this.own(tx, userId).getMany(), name, id);
      await tx.update(
        SavedView,
        id,
        {
          name,
          filters: toJson(input.filters ?? DEFAULT_FILTERS),
          sort: toJson(input.sort ?? DEFAULT_SORT),
          viewMode: input.viewMode,
        },
        'Saved view',
      );
      return this.get(tx, userId, id);
    });
  }

  async delete(scope: TenantScope, userId: string, id: string): Promise<void> {
    await this.get(scope, userId, id);
    await scope.manager.delete(SavedView, { id, userId, workspaceId: scope.workspaceId });
  }

  private async get(scope: TenantScope, userId: string, id: string): Promise<SavedView> {
    if (!isUuid(id)) throw notFound('Saved view');
    const view = await this.own(scope, userId).andWhere('v.id = :id', { id }).getOne();
    if (!view) throw notFound('Saved view');
    return view;
  }

  private own(scope: TenantScope, userId: string) {
    return scope.query(SavedView, 'v').andWhere('v."userId" = :__owner', { __owner: userId });
  }

  private name(raw: string): string {
    const name = cleanText(raw);
    if (!name) throw badInput('name', 'name is required');
    return name;
  }

  private assertUniqueName(views: SavedView[], name: string, exceptId: string | null) {
    if (views.some((v) => v.id !== exceptId && v.name.toLowerCase() === name.toLowerCase())) {
      throw new DomainError('CONFLICT', `You already have a view called "${name}"`, 'name');
    }
  }
}
