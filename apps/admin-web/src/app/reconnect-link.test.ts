import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { GraphQLError } from 'graphql';
import { Observable, of } from 'rxjs';
import { MeDocument, SignOutDocument } from '@clientflow/graphql-types/admin';
import { createAdminReconnectLink, createErrorLink } from './apollo-client';

jest.mock('@mantine/notifications', () => ({ notifications: { show: jest.fn(), hide: jest.fn() } }));

const ME = { me: null };
const unavailable = () => ({
  errors: [
    new GraphQLError('The service is temporarily unavailable.', { extensions: { code: 'SERVICE_UNAVAILABLE' } }),
  ],
});
/** The API sheds load (HTTP 503, Retry-After: 1): the request did not run. */
const overloaded = () => ({
  errors: [new GraphQLError('The service is busy.', { extensions: { code: 'SERVICE_OVERLOADED' } })],
});

/** A transport that answers each request with the next scripted reply (a result, or an error to throw). */
function scriptedServer(replies: (Record<string, unknown> | Error)[]) {
  const calls: string[] = [];
  const link = new ApolloLink((operation) => {
    calls.push(operation.operationName ?? '');
    const reply = replies.shift() ?? { data: ME };
    if (reply instanceof Error) return new Observable((o) => o.error(reply));
    return of(reply);
  });
  return { link, calls };
}

function clientOver(server: ApolloLink) {
  const onUnauthenticated = jest.fn();
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([createErrorLink({ onUnauthenticated }), createAdminReconnectLink(), server]),
  });
}

describe('reconnecting while the API is unavailable', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.mocked(notifications.show).mockClear();
    jest.mocked(notifications.hide).mockClear();
  });
  afterEach(() => jest.useRealTimers());

  it('retries a query on SERVICE_UNAVAILABLE and network errors under one "reconnecting" notice, then clears it', async () => {
    const server = scriptedServer([unavailable(), new TypeError('Failed to fetch'), unavailable(), { data: ME }]);
    const client = clientOver(server.link);

    const result = client.query({ query: MeDocument });
    await jest.advanceTimersByTimeAsync(60_000);

    await expect(result).resolves.toMatchObject({ data: ME });
    expect(server.calls).toHaveLength(4);
    const shown = jest.mocked(notifications.show).mock.calls.map(([n]) => n);
    expect(shown.length).toBeGreaterThan(0);
    // Always the same id (Mantine shows an id once), never an error toast.
    expect(new Set(shown.map((n) => n.id))).toEqual(new Set(['api-reconnecting']));
    expect(shown[0]).toMatchObject({ title: 'Connection to the server lost, retrying…', color: 'blue' });
    expect(notifications.hide).toHaveBeenCalledWith('api-reconnecting');
  });

  it('retries a query the API refused while shedding load (SERVICE_OVERLOADED)', async () => {
    const server = scriptedServer([overloaded(), overloaded(), { data: ME }]);
    const client = clientOver(server.link);

    const result = client.query({ query: MeDocument });
    await jest.advanceTimersByTimeAsync(60_000);

    await expect(result).resolves.toMatchObject({ data: ME });
    expect(server.calls).toHaveLength(3);
  });

  it('waits longer between attempts (exponential backoff, 1 s on average at first)', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5); // the middle of the jitter range
    const server = scriptedServer([unavailable(), unavailable(), unavailable(), { data: ME }]);
    const client = clientOver(server.link);

    const result = client.query({ query: MeDocument });
    const callsAfter = async (ms: number) => {
      await jest.advanceTimersByTimeAsync(ms);
      return server.calls.length;
    };
    expect(await callsAfter(999)).toBe(1);
    expect(await callsAfter(1)).toBe(2);
    expect(await callsAfter(1_999)).toBe(2);
    expect(await callsAfter(1)).toBe(3);
    expect(await callsAfter(3_999)).toBe(3);
    expect(await callsAfter(1)).toBe(4);
    await expect(result).resolves.toMatchObject({ data: ME });
    jest.mocked(Math.random).mockRestore();
  });

  it('never retries a mutation: the error is shown once with the server message', async () => {
    const server = scriptedServer([unavailable()]);
    const client = clientOver(server.link);

    const failed = expect(client.mutate({ mutation: SignOutDocument })).rejects.toThrow('temporarily unavailable');
    await jest.advanceTimersByTimeAsync(60_000);

    await failed;
    expect(server.calls).toHaveLength(1);
    expect(notifications.show).toHaveBeenCalledTimes(1);
    expect(notifications.show).toHaveBeenCalledWith(
      expect.objectContaining({ color: 'red', message: 'The service is temporarily unavailable.' }),
    );
  });

  it('does not retry other errors', async () => {
    const server = scriptedServer([
      { errors: [new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } })] },
      { data: ME },
    ]);
    const client = clientOver(server.link);

    const failed = expect(client.query({ query: MeDocument })).rejects.toThrow('Not allowed');
    await jest.advanceTimersByTimeAsync(60_000);

    await failed;
    expect(server.calls).toHaveLength(1);
    expect(jest.mocked(notifications.show).mock.calls.map(([n]) => n.id)).not.toContain('api-reconnecting');
  });
});
