import { Arg } from 'type-graphql';

/** The optional `idempotencyKey: String` argument of a mutation with external effects (decision 24). */
export const IdempotencyKeyArg = () =>
  Arg('idempotencyKey', () => String, {
    nullable: true,
    description:
      "Optional, like Stripe's Idempotency-Key: a retry with the same key (same user or contact, same arguments, within 24 h) answers the first result and does nothing again. 1–255 visible ASCII characters; a new key per user action.",
  });
