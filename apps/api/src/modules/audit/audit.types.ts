import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AUDIT_ACTION_LABELS, type AuditAction } from '@clientflow/domain';
import { deviceLabel } from '../../platform/lib/device-label';
import type { AuditEvent } from './audit-event.entity';

@ObjectType('AuditChange', { description: 'One changed field (from → to) or one detail of an audit event.' })
export class AuditChangeType {
  @Field() field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field({ description: 'Machine name, e.g. member.roleChanged.' }) action: string;
  @Field({ description: 'What happened, in words.' }) actionLabel: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field({ description: 'Who acted, as it read at the time (email, or "System").' }) actorLabel: string;
  @Field() ip: string;
  @Field({ description: 'Browser and operating system from the user agent.' }) device: string;
  @Field() userAgent: string;
  @Field(() => String, { nullable: true }) targetType: string | null;
  @Field(() => String, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true }) targetLabel: string | null;
  @Field(() => [AuditChangeType]) changes: AuditChangeType[];
}

@ObjectType('AuditEventPage')
export class AuditEventPageType {
  @Field(() => [AuditEventType]) items: AuditEventType[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last one.' })
  nextCursor: string | null;
}

@InputType('AuditLogFilter')
export class AuditLogFilterInput {
  @Field(() => [String], { nullable: true }) actions?: string[] | null;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Up to this instant (exclusive).' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Matches the actor, the target or the IP.' }) search?:
    string | null;
}

export const AUDIT_PAGE_MAX = 200;

const show = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** `{ role: { from: 'MEMBER', to: 'ADMIN' }, email: 'x' }` → [{ field: 'role', from, to }, { field: 'email', to }]. */
export function auditChanges(changes: Record<string, unknown>): AuditChangeType[] {
  return Object.entries(changes).map(([field, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) && ('from' in value || 'to' in value)
      ? { field, from: show((value as { from?: unknown }).from), to: show((value as { to?: unknown }).to) }
      : { field, from: null, to: show(value) },
  );
}

export const auditEventView = (e: AuditEvent): AuditEventType => ({
  id: e.id,
  createdAt: e.createdAt,
  action: e.action,
  actionLabel: AUDIT_ACTION_LABELS[e.action as AuditAction] ?? e.action,
  actorUserId: e.actorUserId,
  actorLabel: e.actorLabel,
  ip: e.ip,
  device: deviceLabel(e.userAgent),
  userAgent: e.userAgent,
  targetType: e.targetType,
  targetId: e.targetId,
  targetLabel: e.targetLabel,
  changes: auditChanges(e.changes ?? {}),
});
