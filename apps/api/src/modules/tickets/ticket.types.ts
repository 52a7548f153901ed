import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  MAX_TICKET_ATTACHMENTS,
  MAX_TICKET_MESSAGE,
  MAX_TICKET_SUBJECT,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketPriority,
  type TicketStatus,
} from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const TicketStatusEnum = enumOf(TICKET_STATUSES);
registerEnumType(TicketStatusEnum, {
  name: 'TicketStatus',
  description: 'OPEN waits for the agency, PENDING for the client.',
});
export const TicketPriorityEnum = enumOf(TICKET_PRIORITIES);
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });

export const TICKET_REFERENCE_KINDS = ['INVOICE', 'PROJECT'] as const;
export type TicketReferenceKind = (typeof TICKET_REFERENCE_KINDS)[number];
export const TicketReferenceKindEnum = enumOf(TICKET_REFERENCE_KINDS);
registerEnumType(TicketReferenceKindEnum, { name: 'TicketReferenceKind' });

@ObjectType('TicketReference', { description: 'The invoice or project a ticket is about.' })
export class TicketReferenceType {
  @Field(() => TicketReferenceKindEnum) kind: TicketReferenceKind;
  @Field(() => ID) id: string;
  @Field({ description: 'The invoice number or the project name, e.g. "INV-0004".' }) name: string;
  @Field({ description: 'e.g. "Invoice INV-0004", "Project Website redesign".' }) label: string;
}

@ObjectType('TicketMessage', {
  description: 'One message of a ticket thread; `internal` notes are never shown to the client.',
})
export class TicketMessageType {
  @Field(() => ID) id: string;
  @Field(() => ID) ticketId: string;
  @Field() body: string;
  @Field() internal: boolean;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Ticket', {
  description: "A client's support ticket (staff view: assignee, internal notes, unread marker).",
})
export class TicketType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field() subject: string;
  @Field(() => TicketStatusEnum) status: TicketStatus;
  @Field(() => TicketPriorityEnum) priority: TicketPriority;
  @Field(() => ID, { nullable: true }) assigneeUserId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The client contact the conversation is with (emailed on public replies).',
  })
  contactId: string | null;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => Date, { description: 'Newest message, internal notes included.' }) lastMessageAt: Date;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('TicketPage')
export class TicketPageType {
  @Field(() => [TicketType]) nodes: TicketType[];
  @Field(() => Int) totalCount: number;
  @Field() hasMore: boolean;
}

@ObjectType('TicketThreadEvent', {
  description: 'Something happened in a thread: a new message, or the ticket changed.',
})
export class TicketThreadEventType {
  @Field(() => ID) ticketId: string;
  @Field(() => TicketMessageType, { nullable: true }) message: TicketMessageType | null;
  @Field(() => TicketType, { nullable: true }) ticket: TicketType | null;
}

@InputType('TicketFilter')
export class TicketFilter {
  @Field(() => [TicketStatusEnum], { nullable: true }) status?: TicketStatus[] | null;
  @Field(() => [TicketPriorityEnum], { nullable: true }) priority?: TicketPriority[] | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody is assigned to.' }) unassigned?:
    boolean | null;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the subject.' }) @MaxLength(200) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only tickets with messages the caller has not read.' })
  unreadOnly?: boolean | null;
}

@InputType('OpenTicketInput', {
  description: 'Staff open a ticket for a client; it starts PENDING (waiting for the client).',
})
export class OpenTicketInput {
  @Field(() => ID) clientId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'A contact of that client: emailed with a link to the portal thread.',
  })
  contactId?: string | null;
  @Field() @MaxLength(MAX_TICKET_SUBJECT) subject: string;
  @Field() @MaxLength(MAX_TICKET_MESSAGE) message: string;
  @Field(() => TicketPriorityEnum, { nullable: true, description: 'NORMAL when not given.' })
  priority?: TicketPriority | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Files uploaded with ticketAttachment=true.' })
  @ArrayMaxSize(MAX_TICKET_ATTACHMENTS)
  attachmentIds?: string[] | null;
}

// ---- portal ----

@ObjectType('PortalTicketReference', { description: 'The invoice or project of yours a ticket is about.' })
export class PortalTicketReferenceType {
  @Field(() => TicketReferenceKindEnum) kind: TicketReferenceKind;
  @Field(() => ID) id: string;
  @Field({ description: "The invoice number or the project name (say the kind in the reader's language)." })
  name: string;
  @Field({ description: 'In English, e.g. "Invoice INV-0004".' }) label: string;
}

@ObjectType('PortalTicketAttachment', { description: 'A file attached to a message of the thread.' })
export class PortalTicketAttachmentType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => GraphQLSafeInt, { description: 'Bytes.' }) size: number;
  @Field() contentType: string;
  @Field({ description: 'Same-origin download link (portal session cookie).' }) downloadUrl: string;
}

@ObjectType('PortalTicketMessage', {
  description: 'A message of the thread as the client sees it (never an internal note).',
})
export class PortalTicketMessageType {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PortalTicket', { description: "One of the client's tickets." })
export class PortalTicketType {
  @Field(() => ID) id: string;
  @Field() subject: string;
  @Field(() => TicketStatusEnum) status: TicketStatus;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => Date, { description: 'Newest message the client can see.' }) lastPublicMessageAt: Date;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PortalTicketThreadEvent', { description: 'A new reply in the thread, or the ticket changed (status…).' })
export class PortalTicketThreadEventType {
  @Field(() => ID) ticketId: string;
  @Field(() => PortalTicketMessageType, { nullable: true }) message: PortalTicketMessageType | null;
  @Field(() => PortalTicketType, { nullable: true }) ticket: PortalTicketType | null;
}

@InputType('OpenPortalTicketInput')
export class OpenPortalTicketInput {
  @Field() @MaxLength(MAX_TICKET_SUBJECT) subject: string;
  @Field() @MaxLength(MAX_TICKET_MESSAGE) message: string;
  @Field(() => ID, { nullable: true }) invoiceId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Files uploaded to /files/portal/ticket-attachments.' })
  @ArrayMaxSize(MAX_TICKET_ATTACHMENTS)
  attachmentIds?: string[] | null;
}
