import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { DocumentCategory } from '@clientflow/domain';
import { DocumentCategoryEnum } from './document.types';

/*
 * Portal-safe projection (decision 15): only the fields a client may see. The portal isolation test inspects every
 * type a portal field reaches: never add internal fields here, never reuse the staff types.
 */
@ObjectType('PortalDocument')
export class PortalDocumentType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => DocumentCategoryEnum) category: DocumentCategory;
  @Field(() => GraphQLSafeInt) size: number;
  @Field() contentType: string;
  @Field(() => Date) createdAt: Date;
}
