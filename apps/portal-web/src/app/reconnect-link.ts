import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';
import { map } from 'rxjs';

/**
 * The API's answers (HTTP 503 + Retry-After) while its database is unreachable, or while it sheds load: nothing was
 * done, ask again.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const SERVICE_OVERLOADED = 'SERVICE_OVERLOADED';
const RETRYABLE_CODES: readonly unknown[] = [SERVICE_UNAVAILABLE, SERVICE_OVERLOADED];

/** Failures worth asking again: the API says so, a proxy cannot reach it, or the network is down. */
export function isRetryableError(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => RETRYABLE_CODES.includes(e.extensions?.code));
  if (ServerError.is(error)) return [502, 503, 504].includes(error.statusCode);
  return error instanceof TypeError; // fetch could not connect
}

export interface ReconnectOptions {
  /** A query failed for a retryable reason and will be asked again (called on every retry). */
  onReconnecting: () => void;
  /** An operation succeeded after `onReconnecting`. */
  onReconnected: () => void;
  /** Retries per query before its error goes on to the error link (default 10: about 4 minutes with the delays). */
  maxAttempts?: number;
  delay?: RetryLink.DelayOptions;
}

/**
 * (The same link as admin-web's `src/app/reconnect-link.ts`.)
 * Queries that meet an outage are retried with jittered exponential backoff (1 s doubling to 30 s) while the app
 * says "reconnecting"; mutations never are (the user decides whether to repeat a change), and subscriptions reconnect
 * through graphql-ws. Placed between the error link and the transport.
 */
export function createReconnectLink({
  onReconnecting,
  onReconnected,
  maxAttempts = 10,
  delay = { initial: 1_000, max: 30_000, jitter: true },
}: ReconnectOptions): ApolloLink {
  let reconnecting = false;
  const retry = new RetryLink({
    delay,
    attempts: (attempt, operation, error) => {
      const retrying =
        operation.operationType === OperationTypeNode.QUERY && attempt < maxAttempts && isRetryableError(error);
      if (retrying) {
        reconnecting = true;
        onReconnecting();
      }
      return retrying;
    },
  });
  // RetryLink retries failures only: a 503 body (application/graphql-response+json) arrives as a result with errors.
  const unavailableAsFailure = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        const unavailable = result.errors?.some((e) => RETRYABLE_CODES.includes(e.extensions?.code));
        if (unavailable && operation.operationType === OperationTypeNode.QUERY) throw new CombinedGraphQLErrors(result);
        if (reconnecting && !result.errors?.length) {
          reconnecting = false;
          onReconnected();
        }
        return result;
      }),
    ),
  );
  return ApolloLink.from([retry, unavailableAsFailure]);
}
