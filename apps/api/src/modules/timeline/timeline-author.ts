import type { Context } from '../../platform/graphql/context';
import type { PortalPersonType } from './portal-timeline.types';
import type { TimelineAuthorType } from './timeline.types';

/** A user or contact, through the per-request loaders (batched). */
export async function authorOf(
  ctx: Context,
  userId: string | null,
  contactId: string | null,
): Promise<TimelineAuthorType | null> {
  if (userId) {
    const user = await ctx.loaders.memberById.load(userId);
    return user ? { kind: 'USER', id: user.id, name: user.name } : null;
  }
  if (contactId) {
    const contact = await ctx.loaders.contactById.load(contactId);
    return contact ? { kind: 'CONTACT', id: contact.id, name: contact.name } : null;
  }
  return null;
}

/** The same person as the portal shows it: a kind and a name. */
export const portalPerson = async (
  ctx: Context,
  userId: string | null,
  contactId: string | null,
): Promise<PortalPersonType | null> => {
  const a = await authorOf(ctx, userId, contactId);
  return a ? { kind: a.kind, name: a.name } : null;
};
