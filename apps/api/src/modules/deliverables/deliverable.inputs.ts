import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import {
  MAX_COMMENT_LENGTH,
  MAX_DELIVERABLE_DESCRIPTION,
  MAX_DELIVERABLE_TITLE,
  type CommentTarget,
} from '@clientflow/domain';
import { CommentTargetEnum } from './deliverable.types';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const dateMessage = 'dueDate must be a calendar date (YYYY-MM-DD)';
const titleMessage = `title is required (at most ${MAX_DELIVERABLE_TITLE} characters)`;
const bodyMessage = `body is required (at most ${MAX_COMMENT_LENGTH} characters)`;

@InputType()
export class CreateDeliverableInput {
  @Field(() => ID) @IsUUID('all', { message: 'projectId must be a valid id' }) projectId: string;
  @Field() @Length(1, MAX_DELIVERABLE_TITLE, { message: titleMessage }) title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_DELIVERABLE_DESCRIPTION, {
    message: `description must be at most ${MAX_DELIVERABLE_DESCRIPTION} characters`,
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: dateMessage })
  dueDate?: string | null;
}

@InputType()
export class UpdateDeliverableInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_DELIVERABLE_TITLE, { message: titleMessage })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @MaxLength(MAX_DELIVERABLE_DESCRIPTION, {
    message: `description must be at most ${MAX_DELIVERABLE_DESCRIPTION} characters`,
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @Matches(DATE, { message: dateMessage })
  dueDate?: string | null;
}

@InputType()
export class AddCommentInput {
  @Field(() => CommentTargetEnum) target: CommentTarget;
  @Field(() => ID, { description: 'The task or deliverable id.' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id: string;
  @Field() @Length(1, MAX_COMMENT_LENGTH, { message: bodyMessage }) body: string;
  @Field({ defaultValue: true, description: 'Internal comments are never shown to the client.' }) internal: boolean;
}

@InputType()
export class UpdateCommentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_COMMENT_LENGTH, { message: bodyMessage })
  body?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() internal?: boolean | null;
}
