import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput, isAuditAction } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { AUDIT_PAGE_MAX, AuditEventPageType, AuditLogFilterInput, auditEventView } from './audit.types';
import type { AuditFilter } from './audit.service';

/** Checks a filter from GraphQL or a CSV link: known actions, a sane range. */
export function auditFilterOf(input: AuditLogFilterInput | null | undefined): AuditFilter {
  const actions = input?.actions ?? null;
  for (const action of actions ?? []) if (!isAuditAction(action)) throw badInput('actions', `Unknown action ${action}`);
  if (input?.from && input?.to && input.from >= input.to) throw badInput('to', 'The end must be after the start');
  return { ...input, actions: actions as AuditFilter['actions'] };
}

@Resolver()
export class AuditResolver {
  @Authorized('audit.view')
  @Query(() => AuditEventPageType, { description: 'The workspace audit log, newest first (OWNER and ADMIN).' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventPageType> {
    if (first < 1 || first > AUDIT_PAGE_MAX) throw badInput('first', `Between 1 and ${AUDIT_PAGE_MAX}`);
    const page = await ctx.services.audit.list(ctx.scope(), auditFilterOf(filter), { first, after });
    return { items: page.items.map(auditEventView), nextCursor: page.nextCursor };
  }
}
