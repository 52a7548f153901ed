import {
  assertClientTransition, assertInitialClientStatus, badInput, cleanText, normalizeEmail, normalizeTags,
} from '@clientflow/domain';
import type { TenantScope } from '../../db/tenant-scope';
import { refreshClientSearchText } from './client-search';
import { Client } from './client.entity';
import { Contact } from './contact.entity';
import type { CreateClientInput, UpdateClientInput } from './client.inputs';

type ProfileInput = Omit<UpdateClientInput, 'status' | 'statusReason' | 'name' | 'email'>;

function profilePatch(input: ProfileInput): Partial<Client> {
  const patch: Partial<Client> = {};
  const text = ['legalName', 'phone', 'website', 'industry', 'taxId'] as const;
  for (const key of text) if (input[key] !== undefined) patch[key] = cleanText(input[key]);
  if (input.size !== undefined) patch.size = input.size ?? null;
  if (input.taxIdType !== undefined) patch.taxIdType = input.taxIdType ?? null;
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

export class ClientService {
  get(scope: TenantScope, id: string): Promise<Client> {
    return scope.findById(Client, id, 'Client');
  }

  async create(scope: TenantScope, input: CreateClientInput): Promise<Client> {
    assertInitialClientStatus(input.status);
    const name = cleanText(input.name);
    if (!name) throw badInput('name', 'name is required');
    const email = normalizeEmail(input.email);
    return scope.transaction(async (tx) => {
      const client = await tx.insert(Client, {
        ...profilePatch(input),
        name,
        email,
        status: input.status,
        firstContactAt: input.firstContactAt ?? new Date(),
        tags: normalizeTags(input.tags ?? []),
        // Staff who only see their own clients must stay able to see what they create.
        ...(tx.assignedUserId ? { accountManagerId: tx.assignedUserId } : {}),
      });
      const contactName = cleanText(input.contactName);
      if (contactName) {
        await tx.insert(Contact, { clientId: client.id, name: contactName, email, isPrimary: true, role: 'DECISION_MAKER' });
      }
      await refreshClientSearchText(tx.manager, client.id);
      return client;
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateClientInput): Promise<Client> {
    return scope.transaction(async (tx) => {
      const current = await tx.query(Client, 'c').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!current) return tx.findById(Client, id, 'Client'); // throws NOT_FOUND
      const patch = profilePatch(input);
      if (input.name !== undefined) {
        const name = cleanText(input.name);
        if (!name) throw badInput('name', 'name cannot be empty');
        patch.name = name;
      }
      if (input.email !== undefined) patch.email = input.email ? normalizeEmail(input.email) : null;
      if (input.status && input.status !== current.status) {
        assertClientTransition(current.status, input.status);
        patch.status = input.status;
        patch.statusReason = cleanText(input.statusReason);
        patch.statusChangedAt = new Date();
        if (current.status === 'INACTIVE') patch.archivedAt = null; // restoring un-archives
      }
      if (Object.keys(patch).length) await tx.update(Client, id, patch, 'Client');
      await refreshClientSearchText(tx.manager, id);
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Soft delete: the row stays (restorable by Owner/Admin) but leaves every list and lookup. */
  async softDelete(scope: TenantScope, id: string): Promise<void> {
    await scope.update(Client, id, { deletedAt: new Date() }, 'Client');
  }
}
