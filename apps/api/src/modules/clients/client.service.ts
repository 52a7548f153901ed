import {
  assertClientTransition,
  assertInitialClientStatus,
  badInput,
  cleanText,
  locationChanged,
  normalizeEmail,
  normalizeSocialLinks,
  normalizeTags,
  notFound,
  validateTaxId,
} from '@clientflow/domain';
import type { ClientStatus } from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { Membership } from '../identity/membership.entity';
import { refreshClientSearchText } from './client-search';
import { recomputeProjectTotals } from './client-summary';
import { Client } from './client.entity';
import { Contact } from './contact.entity';
import type { CreateClientInput, UpdateClientInput } from './client.inputs';

type ProfileInput = Omit<UpdateClientInput, 'status' | 'statusReason' | 'name' | 'email'>;
type TaxFields = Pick<Client, 'taxId' | 'taxIdType'>;

/** Plain field mapping; rules that need the stored client (tax id, account manager, location) come after. */
function profilePatch(input: ProfileInput, current: TaxFields | null): Partial<Client> {
  const patch: Partial<Client> = {};
  const text = ['legalName', 'phone', 'website', 'industry', 'acquisitionSource'] as const;
  for (const key of text) if (input[key] !== undefined) patch[key] = cleanText(input[key]);
  if (input.size !== undefined) patch.size = input.size ?? null;
  if (input.taxIdType !== undefined || input.taxId !== undefined) {
    // Re-check the stored id when only its type changes, and vice versa.
    const type = input.taxIdType !== undefined ? (input.taxIdType ?? null) : (current?.taxIdType ?? null);
    const raw = input.taxId !== undefined ? cleanText(input.taxId) : (current?.taxId ?? null);
    patch.taxIdType = type;
    patch.taxId = raw ? validateTaxId(type ?? 'OTHER', raw) : null;
  }
  if (input.socialLinks !== undefined) patch.socialLinks = normalizeSocialLinks(input.socialLinks ?? []);
  if (input.firstContactAt !== undefined) patch.firstContactAt = input.firstContactAt ?? null;
  if (input.tags !== undefined) patch.tags = normalizeTags(input.tags ?? []);
  if (input.address !== undefined) {
    const a = input.address ?? {};
    patch.street = cleanText(a.street);
    patch.city = cleanText(a.city);
    patch.region = cleanText(a.region);
    patch.postalCode = cleanText(a.postalCode);
    patch.country = cleanText(a.country)?.toUpperCase() ?? null;
  }
  return patch;
}

/** Where a client's status changes are recorded: the timeline (TimelineService, passed in by the module file). */
export interface ClientStatusLog {
  record(
    scope: TenantScope,
    event: {
      clientId: string;
      type: 'STATUS_CHANGE';
      summary: string;
      body: string | null;
      authorUserId: string | null;
      metadata: Record<string, unknown>;
    },
  ): Promise<unknown>;
}

export class ClientService {
  constructor(private readonly timeline: ClientStatusLog) {}

  get(scope: TenantScope, id: string): Promise<Client> {
    return scope.findById(Client, id, 'Client');
  }

  async create(scope: TenantScope, input: CreateClientInput): Promise<Client> {
    assertInitialClientStatus(input.status);
    const name = cleanText(input.name);
    if (!name) throw badInput('name', 'name is required');
    const email = normalizeEmail(input.email);
    const profile = profilePatch(input, null);
    return scope.transaction(async (tx) => {
      if (input.accountManagerId !== undefined) await this.assertAccountManager(tx, input.accountManagerId ?? null);
      const client = await tx.insert(Client, {
        ...profile,
        name,
        email,
        status: input.status,
        firstContactAt: input.firstContactAt ?? new Date(),
        tags: normalizeTags(input.tags ?? []),
        accountManagerId: input.accountManagerId ?? null,
        // Staff who only see their own clients must stay able to see what they create.
        ...(tx.assignedUserId ? { accountManagerId: tx.assignedUserId } : {}),
      });
      const contactName = cleanText(input.contactName);
      if (contactName) {
        await tx.insert(Contact, {
          clientId: client.id,
          name: contactName,
          email,
          isPrimary: true,
          role: 'DECISION_MAKER',
        });
      }
      await refreshClientSearchText(tx.manager, client.id);
      return client;
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateClientInput, actorUserId: string | null): Promise<Client> {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      const patch = profilePatch(input, current);
      if (input.accountManagerId !== undefined) {
        await this.assertAccountManager(tx, input.accountManagerId ?? null);
        patch.accountManagerId = input.accountManagerId ?? null;
      }
      // The map geocodes lazily; a pin for the old city would be wrong until then.
      if (input.address !== undefined && locationChanged(current, { ...current, ...patch })) {
        patch.latitude = null;
        patch.longitude = null;
      }
      if (input.name !== undefined) {
        const name = cleanText(input.name);
        if (!name) throw badInput('name', 'name cannot be empty');
        patch.name = name;
      }
      if (input.email !== undefined) patch.email = input.email ? normalizeEmail(input.email) : null;
      if (Object.keys(patch).length) await tx.update(Client, id, patch, 'Client');
      if (input.status && input.status !== current.status) {
        await this.applyStatus(tx, current, input.status, cleanText(input.statusReason), actorUserId);
      }
      await refreshClientSearchText(tx.manager, id);
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Moves a client along the domain's status table and writes the STATUS_CHANGE timeline event. */
  changeStatus(
    scope: TenantScope,
    id: string,
    status: ClientStatus,
    reason: string | null,
    actorUserId: string | null,
  ) {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      if (status !== current.status) await this.applyStatus(tx, current, status, cleanText(reason), actorUserId);
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Archive = INACTIVE and hidden from default lists. */
  archive(scope: TenantScope, id: string, reason: string | null, actorUserId: string | null) {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      if (current.archivedAt) return current;
      if (current.status !== 'INACTIVE')
        await this.applyStatus(tx, current, 'INACTIVE', cleanText(reason), actorUserId);
      await tx.update(Client, id, { archivedAt: new Date() }, 'Client');
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Restore = back to ACTIVE and into the default lists again. */
  restore(scope: TenantScope, id: string, actorUserId: string | null) {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      if (current.status !== 'INACTIVE') throw badInput('id', 'Only archived or inactive clients can be restored');
      await this.applyStatus(tx, current, 'ACTIVE', 'Restored', actorUserId);
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Clients in the bin, most recently deleted first. */
  async listDeleted(scope: TenantScope, page: { offset: number; limit: number }) {
    const [nodes, totalCount] = await scope
      .query(Client, 'c', { withDeleted: true })
      .andWhere('c."deletedAt" IS NOT NULL')
      .orderBy('c."deletedAt"', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount, hasMore: page.offset + nodes.length < totalCount };
  }

  /** Takes a client out of the bin, exactly as it was (status, archive state, contacts). */
  async restoreDeleted(scope: TenantScope, id: string): Promise<Client> {
    return scope.transaction(async (tx) => {
      if (!isUuid(id)) throw notFound('Deleted client');
      const row = await tx
        .query(Client, 'c', { withDeleted: true })
        .andWhere('c.id = :id AND c."deletedAt" IS NOT NULL', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!row) throw notFound('Deleted client');
      await tx.update(Client, id, { deletedAt: null }, 'Client');
      return tx.findById(Client, id, 'Client');
    });
  }

  /**
   * The account manager must be staff of this workspace. Staff who only see their own clients cannot hand one
   * over (or leave it unassigned): it would vanish from their own view mid-edit.
   */
  private async assertAccountManager(tx: TenantScope, userId: string | null): Promise<void> {
    if (tx.assignedUserId && userId !== tx.assignedUserId) {
      throw badInput('accountManagerId', 'Your role can only assign clients to yourself; ask a manager to reassign it');
    }
    if (userId === null) return;
    const member =
      isUuid(userId) && (await tx.query(Membership, 'm').andWhere('m."userId" = :userId', { userId }).getExists());
    if (!member) throw badInput('accountManagerId', 'The account manager must be a member of this workspace');
  }

  private async lockClient(tx: TenantScope, id: string): Promise<Client> {
    if (!isUuid(id)) throw notFound('Client');
    const current = await tx.query(Client, 'c').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    return current ?? tx.findById(Client, id, 'Client'); // findById throws NOT_FOUND
  }

  private async applyStatus(
    tx: TenantScope,
    current: Client,
    to: ClientStatus,
    reason: string | null,
    actorUserId: string | null,
  ) {
    assertClientTransition(current.status, to);
    if (reason && reason.length > 500) throw badInput('reason', 'reason must be at most 500 characters');
    const patch: Partial<Client> = { status: to, statusReason: reason, statusChangedAt: new Date() };
    if (current.status === 'INACTIVE') patch.archivedAt = null; // leaving INACTIVE un-archives
    await tx.update(Client, current.id, patch, 'Client');
    await this.timeline.record(tx, {
      clientId: current.id,
      type: 'STATUS_CHANGE',
      summary: `Status changed from ${current.status} to ${to}`,
      body: reason,
      authorUserId: actorUserId,
      metadata: { from: current.status, to, reason },
    });
  }

  /** `activeProjectCount` and `totalValue` from the client's projects, in the caller's transaction (client-summary.ts). */
  recomputeProjectTotals(scope: TenantScope, clientId: string): Promise<void> {
    return recomputeProjectTotals(scope, clientId);
  }

  /** Soft delete: the row stays (restorable by Owner/Admin) but leaves every list and lookup. */
  async softDelete(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      await this.lockClient(tx, id); // NOT_FOUND when already in the bin
      await tx.update(Client, id, { deletedAt: new Date() }, 'Client');
    });
  }
}
