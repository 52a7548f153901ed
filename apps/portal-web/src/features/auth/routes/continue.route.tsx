import { useMutation } from '@apollo/client/react';
import { ConsumeMagicLinkDocument, PortalMeDocument } from '@clientflow/graphql-types/portal';
import { useNavigate, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';
import { LinkExpiredPanel } from '../components/link-expired-panel';
import { TokenContinuePanel } from '../components/token-continue-panel';

/**
 * Opening the emailed link must not sign in: mail scanners prefetch links, and a GET
 * that consumed the token would burn it before the person ever clicks.
 */
export function ContinueRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [consume, { loading, error }] = useMutation(ConsumeMagicLinkDocument, {
    context: { quietErrors: true },
    update(cache, { data }) {
      // The home page renders straight from this, without a second round trip.
      if (data) cache.writeQuery({ query: PortalMeDocument, data: { portalMe: data.consumeMagicLink } });
    },
  });

  if (!token || hasErrorCode(error, 'BAD_USER_INPUT')) return <LinkExpiredPanel />;

  async function continueToPortal(): Promise<void> {
    try {
      await consume({ variables: { token } });
    } catch {
      return; // shown from the mutation's error state
    }
    await navigate('/', { replace: true });
  }

  return (
    <TokenContinuePanel
      title={t('continue.title')}
      body={t('continue.body')}
      button={t('continue.button')}
      loading={loading}
      error={error}
      onContinue={() => void continueToPortal()}
    />
  );
}
