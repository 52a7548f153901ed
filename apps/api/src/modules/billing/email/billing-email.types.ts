import { Field, ID, ObjectType } from 'type-graphql';
import type { EmailTemplateKind } from '@clientflow/domain';
import type { EmailTemplateSource } from '../templates/email-template.service';
import { EmailTemplateKindEnum, EmailTemplateSourceEnum } from '../templates/email-template.types';

@ObjectType('BillingEmailPreview', { description: 'A billing email rendered with real data, as it would be sent.' })
export class BillingEmailPreviewType {
  @Field(() => EmailTemplateKindEnum) kind: EmailTemplateKind;
  @Field(() => [String]) to: string[];
  @Field() subject: string;
  @Field() body: string;
  @Field(() => EmailTemplateSourceEnum) templateSource: EmailTemplateSource;
  @Field({
    description:
      'The subject with its placeholders (the override given, else the effective template), to edit before sending.',
  })
  templateSubject: string;
  @Field({ description: 'The body with its placeholders, to edit before sending.' }) templateBody: string;
  @Field({ description: 'File name of the attached PDF.' }) attachmentName: string;
}

@ObjectType('SentBillingEmail', { description: 'A billing email written to the outbox; the job queue delivers it.' })
export class SentBillingEmailType {
  @Field(() => ID) emailId: string;
  @Field(() => [String]) to: string[];
  @Field() subject: string;
  @Field() attachmentName: string;
  @Field(() => ID, { nullable: true }) invoiceId?: string;
  @Field(() => ID, { nullable: true }) quoteId?: string;
}
