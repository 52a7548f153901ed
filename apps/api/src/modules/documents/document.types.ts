import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { DOCUMENT_CATEGORIES, type DocumentCategory } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const DocumentCategoryEnum = enumOf(DOCUMENT_CATEGORIES);
registerEnumType(DocumentCategoryEnum, { name: 'DocumentCategory' });

@ObjectType('Document')
export class DocumentType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => DocumentCategoryEnum) category: DocumentCategory;
  @Field() fileName: string;
  @Field(() => GraphQLSafeInt, { description: 'Bytes.' }) size: number;
  @Field({ description: 'Decided from the file bytes at upload.' }) contentType: string;
  @Field({ description: 'sha256, hex.' }) checksum: string;
  @Field() portalVisible: boolean;
  @Field(() => ID, { nullable: true }) timelineEventId: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}
