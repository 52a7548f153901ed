import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import {
  MAX_TICKET_MESSAGE, MAX_TICKET_SUBJECT, TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus,
} from '@clientflow/domain';
import { enumOf } from '../../shared/graphql-enum';

export const TicketStatusEnum = enumOf(TICKET_STATUSES);
registerEnumType(TicketStatusEnum, { name: 'TicketStatus', description: 'OPEN waits for the agency, PENDING for the client.' });
export const TicketPriorityEnum = enumOf(TICKET_PRIORITIES);
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });

@ObjectType('TicketMessage', { description: 'One message of a ticket thread; `internal` notes are never shown to the client.' })
export class TicketMessageType {
  @Field(() => ID) id: string;
  @Field(() => ID) ticketId: string;
  @Field() body: string;
  @Field() internal: boolean;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Ticket', { description: "A client's support ticket (staff view: assignee, internal notes, unread marker)." })
export class TicketType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field() subject: string;
  @Field(() => TicketStatusEnum) status: TicketStatus;
  @Field(() => TicketPriorityEnum) priority: TicketPriority;
  @Field(() => ID, { nullable: true }) assigneeUserId: string | null;
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

@ObjectType('TicketThreadEvent', { description: 'Something happened in a thread: a new message, or the ticket changed.' })
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
  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody is assigned to.' }) unassigned?: boolean | null;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the subject.' }) @MaxLength(200) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only tickets with messages the caller has not read.' }) unreadOnly?: boolean | null;
}

// ---- portal ----

@ObjectType('PortalTicketMessage', { description: 'A message of the thread as the client sees it (never an internal note).' })
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
}
