import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { portalAccess } from '../portal/portal-access';
import type { Document } from './document.entity';
import { PortalDocumentType } from './portal-document.types';

@Authorized(PORTAL, 'VIEW_DOCUMENTS')
@Resolver(() => PortalDocumentType)
export class PortalDocumentResolver {
  @Query(() => [PortalDocumentType], {
    description: 'Documents the agency shared with the client, newest first (at most 200).',
  })
  async portalDocuments(@Ctx() ctx: Context) {
    return ctx.services.portalDocuments.list(await portalAccess(ctx));
  }

  @FieldResolver(() => String)
  downloadUrl(@Root() d: Document): string {
    return `/files/documents/${d.id}`;
  }

  @FieldResolver(() => Boolean, { description: 'Uploaded by the signed-in contact.' })
  uploadedByMe(@Root() d: Document, @Ctx() ctx: Context): boolean {
    return d.uploadedByContactId === ctx.portal().contactId;
  }

  @FieldResolver(() => String, { nullable: true })
  projectName(@Root() d: Document, @Ctx() ctx: Context) {
    return d.projectId ? ctx.loaders.projectNameById.load(d.projectId) : null;
  }
}
