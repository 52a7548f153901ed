import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('ClientMetrics', {
  description: 'Figures over the projects and logged time of one client. Money needs financials.view (null otherwise).',
})
export class ClientMetricsType {
  @Field(() => Int) totalProjects: number;
  @Field(() => Int) activeProjects: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Σ project values, minor units.' }) totalValue:
    number | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Value per project (half-up to the minor unit); null without projects.',
  })
  averageTicket: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "Days since the first project's start (or creation); null without projects.",
  })
  relationshipDays: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) billableValue: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) costOfTime: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '(billable value − cost of time) / billable value in %, one decimal; null without billable value.',
  })
  marginPercent: number | null;
}
