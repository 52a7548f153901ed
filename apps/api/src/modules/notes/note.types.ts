import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NOTE_KINDS, type NoteKind } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const NoteKindEnum = enumOf(NOTE_KINDS);
registerEnumType(NoteKindEnum, { name: 'NoteKind' });

@ObjectType('Note', { description: 'Internal note about a client; never visible in the portal.' })
export class NoteType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => NoteKindEnum) kind: NoteKind;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Calendar date (YYYY-MM-DD) the note is about.' }) date:
    string | null;
  @Field() important: boolean;
  @Field({ description: 'Important notes and every ALERT are pinned on the client profile.' }) pinned: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}
