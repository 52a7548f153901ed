import { ConsumeMagicLinkDocument, PortalMeDocument } from '@clientflow/graphql-types/portal';
import { createApolloClient } from './apollo-client';

/** What the API answers while its database is down: 503, Retry-After, a GraphQL error with a retryable code. */
const unavailable = () =>
  new Response(
    JSON.stringify({
      errors: [{ message: 'The service is temporarily unavailable.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    }),
    { status: 503, headers: { 'content-type': 'application/graphql-response+json', 'retry-after': '5' } },
  );
const ok = (data: unknown) =>
  new Response(JSON.stringify({ data }), {
    status: 200,
    headers: { 'content-type': 'application/graphql-response+json' },
  });

function portalClient(replies: (() => Response | Promise<Response>)[]) {
  const fetchMock = jest.fn(async () => (replies.shift() ?? (() => ok({ portalMe: null })))());
  global.fetch = fetchMock as unknown as typeof fetch;
  const options = {
    onUnauthenticated: jest.fn(),
    onError: jest.fn(),
    onReconnecting: jest.fn(),
    onReconnected: jest.fn(),
  };
  return { client: createApolloClient(options), options, fetchMock };
}

describe('the portal while the API is unavailable', () => {
  const realFetch = global.fetch;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    global.fetch = realFetch;
  });

  it('retries a query through 503s and a lost network, says "reconnecting", then "reconnected"', async () => {
    const { client, options, fetchMock } = portalClient([
      unavailable,
      () => Promise.reject(new TypeError('Failed to fetch')),
      unavailable,
      () => ok({ portalMe: null }),
    ]);

    const result = client.query({ query: PortalMeDocument });
    await jest.advanceTimersByTimeAsync(60_000);

    await expect(result).resolves.toMatchObject({ data: { portalMe: null } });
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(options.onReconnecting).toHaveBeenCalledTimes(3);
    expect(options.onReconnected).toHaveBeenCalledTimes(1);
    expect(options.onError).not.toHaveBeenCalled();
  });

  it('does not resend a mutation: its error is reported once', async () => {
    const { client, options, fetchMock } = portalClient([unavailable]);

    const failed = expect(
      client.mutate({ mutation: ConsumeMagicLinkDocument, variables: { token: 't' } }),
    ).rejects.toThrow('temporarily unavailable');
    await jest.advanceTimersByTimeAsync(60_000);
    await failed;

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(options.onReconnecting).not.toHaveBeenCalled();
    expect(options.onError).toHaveBeenCalledTimes(1);
  });
});
