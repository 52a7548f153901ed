import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../../platform/logger/logger';
import type { FileStorage } from '../../platform/storage/file-storage';

/** Tables emptied first: deleting clients cascades to most client data in one step. */
const FIRST = ['client'];

/**
 * Removes a workspace marked for deletion: its stored files, then every row that carries its id, then the
 * workspace row itself. Many tenant tables carry `workspaceId` without a foreign key to `workspace`, so the tables
 * are found from the catalogue (one that a later migration adds is covered without changes here). Idempotent:
 * files are deleted before the rows that name them (a crash in between leaves keys to delete again on the next run),
 * and a workspace that is already gone is a no-op.
 */
export class WorkspacePurge {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async purge(workspaceId: string): Promise<void> {
    const rows: { deletionRequestedAt: Date | null }[] = await this.dataSource.query(
      `SELECT "deletionRequestedAt" FROM workspace WHERE id = $1`,
      [workspaceId],
    );
    if (!rows[0]) return; // already purged
    if (!rows[0].deletionRequestedAt) {
      logger.error({ workspaceId }, 'workspace purge refused: the workspace is not marked for deletion');
      return;
    }
    const before = await this.storageKeys(this.dataSource.manager, workspaceId);
    await this.deleteFiles(before);
    const late = await this.dataSource.transaction(async (m) => {
      // The audit log is append-only; this transaction may delete the workspace's rows (see the trigger).
      await m.query(`SELECT set_config('clientflow.audit_purge', 'on', true)`);
      const keys = await this.storageKeys(m, workspaceId);
      const counts: Record<string, number> = {};
      for (const table of await this.tenantTables(m)) {
        const [, affected]: [unknown, number] = await m.query(
          `DELETE FROM "${table.replace(/"/g, '""')}" WHERE "workspaceId" = $1`,
          [workspaceId],
        );
        if (affected) counts[table] = affected;
      }
      await m.query(`DELETE FROM workspace WHERE id = $1`, [workspaceId]);
      logger.info({ workspaceId, rows: counts, files: before.length }, 'workspace purged');
      return keys.filter((k) => !before.includes(k));
    });
    // Files stored while the first pass ran (a background email, say).
    await this.deleteFiles(late);
  }

  /** Keys of every stored file the workspace's rows name: documents and email attachments. */
  private async storageKeys(m: EntityManager, workspaceId: string): Promise<string[]> {
    const rows: { key: string }[] = await m.query(
      `SELECT "storageKey" AS key FROM document WHERE "workspaceId" = $1
       UNION SELECT a->>'storageKey' FROM outbound_email e, jsonb_array_elements(e.attachments) a
        WHERE e."workspaceId" = $1 AND a ? 'storageKey'`,
      [workspaceId],
    );
    return rows.map((r) => r.key);
  }

  private async deleteFiles(keys: string[]): Promise<void> {
    for (const key of keys) await this.storage.delete(key);
  }

  private async tenantTables(m: EntityManager): Promise<string[]> {
    const rows: { table: string }[] = await m.query(
      `SELECT c.table_name AS table FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.column_name = 'workspaceId' AND t.table_type = 'BASE TABLE'`,
    );
    const tables = rows.map((r) => r.table);
    return [...FIRST.filter((t) => tables.includes(t)), ...tables.filter((t) => !FIRST.includes(t)).sort()];
  }
}
