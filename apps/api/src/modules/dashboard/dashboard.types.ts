import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { TimelineEventType } from '@clientflow/domain';
import { TimelineEventTypeEnum } from '../timeline/timeline.types';

@ObjectType('DashboardClientRef')
export class DashboardClientRefType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('DashboardActivity', { description: 'A timeline event with the name of its client.' })
export class DashboardActivityType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field() clientName: string;
  @Field(() => TimelineEventTypeEnum) type: TimelineEventType;
  @Field() summary: string;
  @Field(() => Date) occurredAt: Date;
}

@ObjectType('Dashboard', { description: "The home page's figures over the clients the caller can see." })
export class DashboardType {
  @Field({ description: 'Workspace-local date the figures were computed for.' }) today: string;
  @Field({ description: 'Monday of the current ISO week (workspace timezone).' }) weekStart: string;
  @Field(() => Int, { description: 'Clients with status ACTIVE (not archived).' }) activeClients: number;
  @Field(() => Int, { description: 'Clients with status PROSPECT (not archived).' }) prospects: number;
  @Field(() => [DashboardClientRefType], { description: 'The five newest prospects.' })
  recentProspects: DashboardClientRefType[];
  @Field(() => Int, { description: 'Projects with status ACTIVE.' }) projectsInProgress: number;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Σ value of ACTIVE projects (minor units); null without financials.view.',
  })
  totalContractValue: number | null;
  @Field(() => Int, { description: 'Projects past their estimated end date, not completed or cancelled.' })
  overdueProjects: number;
  @Field(() => Int, { description: 'Deliverables due this ISO week that are not approved yet.' })
  deliverablesDueThisWeek: number;
  @Field(() => Int, {
    description: 'Deliverables waiting for the client (PENDING_APPROVAL) plus OPEN tickets (waiting for the agency).',
  })
  pendingClientRequests: number;
  @Field(() => [DashboardActivityType], { description: 'Newest 20 timeline events across clients.' })
  recentActivity: DashboardActivityType[];
}
