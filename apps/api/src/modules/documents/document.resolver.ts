import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DocumentCategory } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { TimelineAuthorType } from '../timeline/timeline.types';
import type { Document } from './document.entity';
import { DocumentCategoryEnum, DocumentType } from './document.types';

@Authorized('client.view')
@Resolver(() => DocumentType)
export class DocumentResolver {
  @Query(() => [DocumentType], { description: "A client's documents, newest first (at most 500)." })
  clientDocuments(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('category', () => DocumentCategoryEnum, { nullable: true }) category: DocumentCategory | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.documents.list(ctx.scope(), clientId, category ?? null);
  }

  @Authorized('client.edit')
  @Mutation(() => DocumentType, {
    description: 'Renames a document (display name only; the stored file is untouched).',
  })
  renameDocument(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() ctx: Context) {
    return ctx.services.documents.rename(ctx.scope(), id, name);
  }

  @Authorized('client.edit')
  @Mutation(() => DocumentType)
  setDocumentCategory(
    @Arg('id', () => ID) id: string,
    @Arg('category', () => DocumentCategoryEnum) category: DocumentCategory,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.documents.setCategory(ctx.scope(), id, category);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean, { description: 'Deletes the document and, after commit, its stored file.' })
  async deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.documents.delete(ctx.scope(), id);
    return true;
  }

  @FieldResolver(() => String, { description: 'Same-origin download link (staff session cookie).' })
  downloadUrl(@Root() d: Document): string {
    return `/files/documents/${d.id}`;
  }

  @FieldResolver(() => TimelineAuthorType, { nullable: true })
  async uploadedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<TimelineAuthorType | null> {
    if (d.uploadedByUserId) {
      const user = await ctx.loaders.memberById.load(d.uploadedByUserId);
      return user ? { kind: 'USER', id: user.id, name: user.name } : null;
    }
    if (d.uploadedByContactId) {
      const contact = await ctx.loaders.contactById.load(d.uploadedByContactId);
      return contact ? { kind: 'CONTACT', id: contact.id, name: contact.name } : null;
    }
    return null;
  }
}
