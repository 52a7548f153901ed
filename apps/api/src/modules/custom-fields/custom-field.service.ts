import {
  badInput,
  CUSTOM_FIELD_LIMITS,
  DomainError,
  notFound,
  parseCustomFieldValue,
  slugifyCustomFieldKey,
  validateCustomFieldDefinition,
} from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { CustomFieldDefinition } from './custom-field-definition.entity';
import type {
  CreateCustomFieldDefinitionInput,
  CustomFieldValueInput,
  UpdateCustomFieldDefinitionInput,
} from './custom-field.inputs';

const WHAT = 'Custom field';

export class CustomFieldService {
  list(scope: TenantScope, includeArchived: boolean): Promise<CustomFieldDefinition[]> {
    const qb = scope.query(CustomFieldDefinition, 'd').orderBy('d.position', 'ASC').addOrderBy('d.createdAt', 'ASC');
    if (!includeArchived) qb.andWhere('d."archivedAt" IS NULL');
    return qb.getMany();
  }

  async create(scope: TenantScope, input: CreateCustomFieldDefinitionInput): Promise<CustomFieldDefinition> {
    const clean = validateCustomFieldDefinition(input);
    return scope.transaction(async (tx) => {
      await this.lockDefinitions(tx);
      const existing = await tx.query(CustomFieldDefinition, 'd').select(['d.key', 'd.position']).getMany();
      if (existing.length >= CUSTOM_FIELD_LIMITS.definitionsPerWorkspace) {
        throw new DomainError(
          'CONFLICT',
          `A workspace can have at most ${CUSTOM_FIELD_LIMITS.definitionsPerWorkspace} custom fields`,
        );
      }
      return tx.insert(CustomFieldDefinition, {
        ...clean,
        type: input.type,
        key: slugifyCustomFieldKey(
          clean.label,
          existing.map((d) => d.key),
        ),
        position: existing.reduce((max, d) => Math.max(max, d.position + 1), 0),
        archivedAt: null,
      });
    });
  }

  async update(
    scope: TenantScope,
    id: string,
    input: UpdateCustomFieldDefinitionInput,
  ): Promise<CustomFieldDefinition> {
    return scope.transaction(async (tx) => {
      await this.lockDefinitions(tx);
      const current = await tx.findById(CustomFieldDefinition, id, WHAT);
      const clean = validateCustomFieldDefinition({
        type: current.type,
        label: input.label ?? current.label,
        helpText: input.helpText === undefined ? current.helpText : input.helpText,
        options: input.options ?? current.options,
      });
      if (current.type === 'SELECT' && input.options) await this.assertRemovedOptionsUnused(tx, current, clean.options);
      await tx.update(CustomFieldDefinition, id, clean, WHAT);
      return tx.findById(CustomFieldDefinition, id, WHAT);
    });
  }

  /** `ids` in the new order come first (0, 1, …); definitions not listed keep their relative order after them. */
  async reorder(scope: TenantScope, ids: string[]): Promise<CustomFieldDefinition[]> {
    if (!ids.length) throw badInput('ids', 'list at least one custom field');
    if (new Set(ids).size !== ids.length) throw badInput('ids', 'a custom field is listed twice');
    return scope.transaction(async (tx) => {
      await this.lockDefinitions(tx);
      const all = await this.list(tx, true);
      const byId = new Map(all.map((d) => [d.id, d]));
      for (const id of ids) if (!byId.has(id)) throw notFound(WHAT);
      const ordered = [...ids.map((id) => byId.get(id)!), ...all.filter((d) => !ids.includes(d.id))];
      for (const [position, d] of ordered.entries()) {
        if (d.position !== position) await tx.update(CustomFieldDefinition, d.id, { position }, WHAT);
      }
      return this.list(tx, true);
    });
  }

  async setArchived(scope: TenantScope, id: string, archived: boolean): Promise<CustomFieldDefinition> {
    return scope.transaction(async (tx) => {
      const current = await tx.findById(CustomFieldDefinition, id, WHAT);
      if (Boolean(current.archivedAt) !== archived) {
        await tx.update(CustomFieldDefinition, id, { archivedAt: archived ? new Date() : null }, WHAT);
      }
      return tx.findById(CustomFieldDefinition, id, WHAT);
    });
  }

  /** Deletes the definition and, in the same transaction, its key from every client of the workspace (deleted ones too). */
  async delete(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      await this.lockDefinitions(tx);
      const current = await tx.findById(CustomFieldDefinition, id, WHAT);
      await tx.manager.query(
        `UPDATE client SET "customFields" = "customFields" - $1::text WHERE "workspaceId" = $2 AND "customFields" ? $1::text`,
        [current.key, tx.workspaceId],
      );
      await tx.manager.delete(CustomFieldDefinition, { id: current.id, workspaceId: tx.workspaceId });
    });
  }

  /** Clients the caller can see that hold a value, per definition key (one query for the whole list). */
  async usageByKey(scope: TenantScope, keys: readonly string[]): Promise<number[]> {
    const qb = scope.query(Client, 'c').select([]);
    keys.forEach((key, i) =>
      qb.addSelect(`COUNT(*) FILTER (WHERE c."customFields" ? :k${i})`, `k${i}`).setParameter(`k${i}`, key),
    );
    const row: Record<string, string> | undefined = await qb.getRawOne();
    return keys.map((_, i) => Number(row?.[`k${i}`] ?? 0));
  }

  /** Validates every value against its definition and writes them together; null clears. */
  async setValues(scope: TenantScope, clientId: string, values: CustomFieldValueInput[]): Promise<Client> {
    if (!isUuid(clientId)) throw notFound('Client');
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v.key)) throw badInput(`customFields.${v.key}`, `${v.key} is listed twice`);
      seen.add(v.key);
    }
    return scope.transaction(async (tx) => {
      const client = await tx
        .query(Client, 'c')
        .andWhere('c.id = :id', { id: clientId })
        .setLock('pessimistic_write')
        .getOne();
      if (!client) throw notFound('Client');
      const definitions = new Map((await this.list(tx, true)).map((d) => [d.key, d]));
      const next: Record<string, unknown> = { ...client.customFields };
      for (const { key, value } of values) {
        const definition = definitions.get(key);
        if (!definition) throw badInput(`customFields.${key}`, `There is no custom field "${key}" in this workspace`);
        const stored = parseCustomFieldValue(definition, value ?? null);
        if (stored !== null && definition.archivedAt) {
          throw badInput(`customFields.${key}`, `${definition.label} is archived; restore it before setting values`);
        }
        if (stored === null) delete next[key];
        else next[key] = stored;
      }
      await tx.update(Client, clientId, { customFields: next }, 'Client');
      return tx.findById(Client, clientId, 'Client');
    });
  }

  /** Serialises definition writes per workspace: key generation and positions stay consistent under concurrency. */
  private async lockDefinitions(tx: TenantScope): Promise<void> {
    await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('custom_field_definition:' || $1))`, [
      tx.workspaceId,
    ]);
  }

  private async assertRemovedOptionsUnused(
    tx: TenantScope,
    current: CustomFieldDefinition,
    next: string[],
  ): Promise<void> {
    const removed = current.options.filter((o) => !next.includes(o));
    if (!removed.length) return;
    const rows: { option: string; count: string }[] = await tx
      .query(Client, 'c')
      .select(`c."customFields"->>:key`, 'option')
      .addSelect('COUNT(*)', 'count')
      .andWhere(`c."customFields"->>:key = ANY(:removed)`, { key: current.key, removed })
      .groupBy('1')
      .getRawMany();
    if (rows.length) {
      const inUse = rows.map((r) => `"${r.option}" (${r.count} client${r.count === '1' ? '' : 's'})`).join(', ');
      throw badInput('options', `Options still in use cannot be removed: ${inUse}. Change those clients first.`);
    }
  }
}
