import type { Context } from '../../platform/graphql/context';
import type { TimelineAuthorType } from './timeline.types';

/** A user or contact, through the per-request loaders (batched). */
export async function authorOf(ctx: Context, userId: string | null, contactId: string | null): Promise<TimelineAuthorType | null> {
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
