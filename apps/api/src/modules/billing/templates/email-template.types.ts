import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { EMAIL_BODY_MAX, EMAIL_SUBJECT_MAX, EMAIL_TEMPLATE_KINDS, type EmailTemplateKind } from '@clientflow/domain';
import { enumOf } from '../../../platform/graphql/graphql-enum';
import type { EmailTemplateSource } from './email-template.service';

export const EmailTemplateKindEnum = enumOf(EMAIL_TEMPLATE_KINDS);
registerEnumType(EmailTemplateKindEnum, { name: 'EmailTemplateKind' });

export const EmailTemplateSourceEnum = enumOf<EmailTemplateSource>(['CLIENT', 'WORKSPACE', 'DEFAULT']);
registerEnumType(EmailTemplateSourceEnum, {
  name: 'EmailTemplateSource',
  description:
    "Where the effective template comes from: the client's override, the workspace's template, or the built-in default.",
});

@ObjectType('EmailTemplate', {
  description: 'The effective billing email template of a kind, for a client or the workspace.',
})
export class EmailTemplateType {
  @Field(() => EmailTemplateKindEnum) kind: EmailTemplateKind;
  @Field(() => EmailTemplateSourceEnum) source: EmailTemplateSource;
  @Field(() => ID, { nullable: true, description: 'The client asked about; null for workspace templates.' }) clientId:
    string | null;
  @Field() subject: string;
  @Field() body: string;
  @Field(() => [String], { description: 'Placeholders this kind may use, e.g. client.name (written {{client.name}}).' })
  placeholders: string[];
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType()
export class SaveEmailTemplateInput {
  @Field(() => EmailTemplateKindEnum) kind: EmailTemplateKind;
  @Field(() => ID, { nullable: true, description: "A client's override; omit for the workspace template." })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a valid id' })
  clientId?: string | null;
  @Field()
  @MaxLength(EMAIL_SUBJECT_MAX, { message: `subject can have at most ${EMAIL_SUBJECT_MAX} characters` })
  subject: string;
  @Field() @MaxLength(EMAIL_BODY_MAX, { message: `body can have at most ${EMAIL_BODY_MAX} characters` }) body: string;
}
