import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { User } from './user.entity';

/** Users visible to a workspace: only members of it (an account manager id from elsewhere resolves to null). */
export function createIdentityLoaders(dataSource: DataSource, workspaceId: () => string) {
  const memberById = new DataLoader<string, User | null>(async (ids) => {
    const rows = await dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin('membership', 'm', 'm."userId" = u.id AND m."workspaceId" = :ws', { ws: workspaceId() })
      .where('u.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  /** A workspace's currency (billing summaries, the portal's budgets). */
  const workspaceCurrency = new DataLoader<string, string>(async (ids) => {
    const rows: { id: string; currency: string }[] = await dataSource.query(
      `SELECT id, currency FROM workspace WHERE id = ANY($1)`,
      [ids],
    );
    return ids.map((id) => rows.find((r) => r.id === id)?.currency ?? 'USD');
  });
  return { memberById, workspaceCurrency };
}
export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
