import type { Context } from '../../platform/graphql/context';
import type { IdempotentCall } from './idempotency.service';

/** The call a resolver hands to `services.idempotency.run`: the key is scoped to the signed-in user or contact. */
export function idempotentCall(
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  args: Record<string, unknown>,
): IdempotentCall {
  const viewer =
    ctx.viewer.kind === 'portal'
      ? { kind: 'CONTACT' as const, id: ctx.portal().contactId }
      : { kind: 'USER' as const, id: ctx.staff().userId };
  return { key, operation, args, viewer };
}
