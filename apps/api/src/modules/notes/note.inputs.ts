import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { MAX_NOTE_LENGTH, type NoteKind } from '@clientflow/domain';
import { NoteKindEnum } from './note.types';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const bodyMessage = `body is required (at most ${MAX_NOTE_LENGTH} characters)`;

@InputType()
export class CreateNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'clientId must be a valid id' }) clientId: string;
  @Field(() => NoteKindEnum) kind: NoteKind;
  @Field() @Length(1, MAX_NOTE_LENGTH, { message: bodyMessage }) body: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'date must be a calendar date (YYYY-MM-DD)' })
  date?: string | null;

  @Field({ defaultValue: false }) important: boolean;
}

@InputType()
export class UpdateNoteInput {
  @Field(() => NoteKindEnum, { nullable: true }) @IsOptional() kind?: NoteKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, MAX_NOTE_LENGTH, { message: bodyMessage }) body?:
    string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @Matches(DATE, { message: 'date must be a calendar date (YYYY-MM-DD)' })
  date?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() important?: boolean | null;
}
