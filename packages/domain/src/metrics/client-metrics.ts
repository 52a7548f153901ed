import { daysBetween } from '../time/calendar';
import { minuteRateSumToValue } from '../time/time-rules';

/** Aggregates for one client, as the API reads them in one SQL statement per page of clients. */
export interface ClientMetricsInput {
  totalProjects: number;
  activeProjects: number;
  /** Σ project.value, minor units. */
  totalValue: number;
  /** Earliest project start date, else the earliest project creation date (`YYYY-MM-DD`). */
  firstProjectDate: string | null;
  /** Σ minutes × billRate over billable entries. */
  billableMinuteRate: number | bigint | string;
  /** Σ minutes × costRate over all entries. */
  costMinuteRate: number | bigint | string;
}

export interface ClientMetrics {
  totalProjects: number;
  activeProjects: number;
  totalValue: number;
  /** totalValue / totalProjects rounded half-up to the minor unit; null without projects. */
  averageTicket: number | null;
  /** Days since the first project began; null without projects. */
  relationshipDays: number | null;
  billableValue: number;
  costOfTime: number;
  /** (billable value − cost of time) / billable value, in percent with one decimal; null without billable value. */
  marginPercent: number | null;
}

export function averageTicket(totalValue: number, projects: number): number | null {
  return projects > 0 ? Math.round(totalValue / projects) : null;
}

export function marginPercent(billableValue: number, cost: number): number | null {
  if (billableValue <= 0) return null;
  return Math.round(((billableValue - cost) / billableValue) * 1000) / 10;
}

/** `today` is the workspace-local date: the domain never reads the clock. */
export function computeClientMetrics(input: ClientMetricsInput, today: string): ClientMetrics {
  const billableValue = minuteRateSumToValue(input.billableMinuteRate);
  const costOfTime = minuteRateSumToValue(input.costMinuteRate);
  return {
    totalProjects: input.totalProjects,
    activeProjects: input.activeProjects,
    totalValue: input.totalValue,
    averageTicket: averageTicket(input.totalValue, input.totalProjects),
    relationshipDays: input.firstProjectDate ? Math.max(0, daysBetween(input.firstProjectDate, today)) : null,
    billableValue,
    costOfTime,
    marginPercent: marginPercent(billableValue, costOfTime),
  };
}
