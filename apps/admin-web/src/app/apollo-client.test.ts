import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { GraphQLError } from 'graphql';
import { of } from 'rxjs';
import { MeDocument } from '@clientflow/graphql-types/admin';
import { createErrorLink } from './apollo-client';

jest.mock('@mantine/notifications', () => ({ notifications: { show: jest.fn() } }));

function clientAnswering(code: string, message = 'Nope', extra: Record<string, unknown> = {}) {
  const onUnauthenticated = jest.fn();
  const onTwoFactorSetupRequired = jest.fn();
  const server = new ApolloLink(() => of({ errors: [new GraphQLError(message, { extensions: { code, ...extra } })] }));
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([createErrorLink({ onUnauthenticated, onTwoFactorSetupRequired }), server]),
  });
  return { client, onUnauthenticated, onTwoFactorSetupRequired };
}

describe('error link', () => {
  beforeEach(() => jest.mocked(notifications.show).mockClear());

  it('ends the session on UNAUTHENTICATED, even for operations that handle their own errors', async () => {
    const { client, onUnauthenticated } = clientAnswering('UNAUTHENTICATED', 'Sign in to continue');

    await expect(client.query({ query: MeDocument, context: { handledErrorCodes: ['*'] } })).rejects.toThrow();

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(notifications.show).not.toHaveBeenCalled();
  });

  it("shows other errors with the server's message", async () => {
    const { client, onUnauthenticated } = clientAnswering('FORBIDDEN', 'You do not have permission to do this');

    await expect(client.query({ query: MeDocument })).rejects.toThrow();

    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(notifications.show).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Not allowed', message: 'You do not have permission to do this' }),
    );
  });

  it('stays quiet about codes the operation shows itself', async () => {
    const { client } = clientAnswering('BAD_USER_INPUT', 'email must be a valid email address');

    await expect(
      client.query({ query: MeDocument, context: { handledErrorCodes: ['BAD_USER_INPUT'] } }),
    ).rejects.toThrow();

    expect(notifications.show).not.toHaveBeenCalled();
  });

  it('re-reads the viewer instead of a "Not allowed" toast when the workspace now requires two-factor', async () => {
    const { client, onTwoFactorSetupRequired } = clientAnswering('FORBIDDEN', 'Set up two-factor first', {
      reason: 'TWO_FACTOR_SETUP_REQUIRED',
    });

    await expect(client.query({ query: MeDocument })).rejects.toThrow();

    expect(onTwoFactorSetupRequired).toHaveBeenCalledTimes(1);
    expect(notifications.show).not.toHaveBeenCalled();
  });
});
