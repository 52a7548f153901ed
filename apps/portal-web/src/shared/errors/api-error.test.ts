import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { translate } from '../i18n/translate';
import type { Translate } from '../i18n/translate';
import { describeError, hasErrorCode, isUnauthenticated } from './api-error';

const t: Translate = (key, params) => translate('en', key, params);

function graphQLErrors(message: string, code: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe('api errors', () => {
  it('reads GraphQL error codes', () => {
    expect(hasErrorCode(graphQLErrors('Expired', 'BAD_USER_INPUT'), 'BAD_USER_INPUT')).toBe(true);
    expect(isUnauthenticated(graphQLErrors('Sign in', 'UNAUTHENTICATED'))).toBe(true);
    expect(isUnauthenticated(graphQLErrors('Nope', 'FORBIDDEN'))).toBe(false);
  });

  it("shows the server's message, and ours for transport failures", () => {
    expect(describeError(graphQLErrors('Email is required', 'BAD_USER_INPUT'), t)).toBe('Email is required');
    expect(describeError(graphQLErrors('', 'RATE_LIMITED'), t)).toBe(t('errors.rateLimited'));
    expect(describeError(new TypeError('Failed to fetch'), t)).toBe(t('errors.network'));
    const tooMany = new ServerError('Too many requests', {
      response: new Response(null, { status: 429 }),
      bodyText: '',
    });
    expect(describeError(tooMany, t)).toBe(t('errors.rateLimited'));
  });
});
