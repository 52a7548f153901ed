import { badInput } from '../errors/domain-error';
import type { Permission } from '../permissions/permissions';

export const CONTACT_ROLES = [
  'DECISION_MAKER',
  'TECHNICAL',
  'BILLING',
  'MARKETING',
  'LEGAL',
  'OBSERVER',
  'OTHER',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** What "who to contact for what" says each role is for, in the order people look for them. */
export const CONTACT_ROLE_PURPOSES: Readonly<Record<ContactRole, string>> = {
  DECISION_MAKER: 'Approvals, budget and contracts',
  TECHNICAL: 'Access, integrations and technical questions',
  BILLING: 'Invoices and payments',
  MARKETING: 'Campaigns, content and brand',
  LEGAL: 'Contracts and compliance',
  OBSERVER: 'Kept in the loop',
  OTHER: 'Other matters',
};

export interface ContactRef {
  id: string;
  isPrimary: boolean;
  createdAt: Date;
}

/** A new contact is primary when it is the client's first one or when asked to be. */
export function isPrimaryOnCreate(existing: readonly ContactRef[], requested: boolean | null | undefined): boolean {
  return existing.length === 0 || requested === true;
}

/**
 * A client with contacts always has exactly one primary: unsetting it directly is refused; the way to move it
 * is to make another contact primary.
 */
export function assertPrimaryUnset(contact: ContactRef, requested: boolean | null | undefined): void {
  if (contact.isPrimary && requested === false) {
    throw badInput('isPrimary', 'Make another contact primary instead; a client always has one primary contact');
  }
}

/** The contact promoted when `deletedId` goes: the oldest remaining one, only if the deleted one was primary. */
export function primaryAfterDelete(contacts: readonly ContactRef[], deletedId: string): string | null {
  const deleted = contacts.find((c) => c.id === deletedId);
  if (!deleted?.isPrimary) return null;
  const rest = contacts
    .filter((c) => c.id !== deletedId)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return rest[0]?.id ?? null;
}

export interface ContactChange {
  portalAccess?: boolean | null;
}

/** Permissions a contact change needs beyond `client.edit`: portal access is managed by `portal.manage`. */
export function contactChangePermissions(
  change: ContactChange,
  current: { portalAccess: boolean } | null,
): Permission[] {
  const wanted = change.portalAccess;
  if (wanted === undefined || wanted === null) return [];
  return wanted !== (current?.portalAccess ?? false) ? ['portal.manage'] : [];
}

/** The portal signs contacts in by emailed magic link, so access without an email could never be used. */
export function assertPortalAccessReachable(
  contact: { email: string | null; portalAccess: boolean },
  changedField: 'email' | 'portalAccess',
): void {
  if (contact.portalAccess && !contact.email) {
    throw badInput(
      changedField,
      changedField === 'email'
        ? 'This contact has portal access, which needs an email address'
        : 'Add an email address first: portal sign-in links are sent by email',
    );
  }
}
