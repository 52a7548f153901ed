import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { MAX_TIMELINE_BODY_LENGTH, MAX_TIMELINE_SUMMARY_LENGTH, type TimelineEventType } from '@clientflow/domain';
import { TimelineEventTypeEnum } from './timeline.types';

@InputType()
export class TimelineFilter {
  @Field(() => [TimelineEventTypeEnum], { nullable: true, description: 'Only these types; all when empty.' })
  @IsOptional()
  types?: TimelineEventType[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a valid id' })
  projectId?: string | null;
}

const summaryMessage = `summary is required (at most ${MAX_TIMELINE_SUMMARY_LENGTH} characters)`;

@InputType()
export class CreateTimelineEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'clientId must be a valid id' }) clientId: string;
  @Field(() => TimelineEventTypeEnum) type: TimelineEventType;
  @Field(() => Date) occurredAt: Date;

  @Field()
  @Length(1, MAX_TIMELINE_SUMMARY_LENGTH, { message: summaryMessage })
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_TIMELINE_BODY_LENGTH, { message: `body must be at most ${MAX_TIMELINE_BODY_LENGTH} characters` })
  body?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a valid id' })
  projectId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Documents uploaded for this entry (REST upload with timelineAttachment=true).',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'an entry can have at most 20 attachments' })
  @IsUUID('all', { each: true, message: 'attachmentIds must be valid ids' })
  attachmentIds?: string[] | null;
}

@InputType()
export class UpdateTimelineEntryInput {
  @Field(() => TimelineEventTypeEnum, { nullable: true }) @IsOptional() type?: TimelineEventType | null;
  @Field(() => Date, { nullable: true }) @IsOptional() occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_TIMELINE_SUMMARY_LENGTH, { message: summaryMessage })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_TIMELINE_BODY_LENGTH, { message: `body must be at most ${MAX_TIMELINE_BODY_LENGTH} characters` })
  body?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a valid id' })
  projectId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the attachments: documents left out are unlinked (not deleted).',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'an entry can have at most 20 attachments' })
  @IsUUID('all', { each: true, message: 'attachmentIds must be valid ids' })
  attachmentIds?: string[] | null;
}
