import { useMutation } from '@apollo/client/react';
import { AcceptPortalInvitationDocument, PortalMeDocument } from '@clientflow/graphql-types/portal';
import { useNavigate, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';
import { LinkExpiredPanel } from '../components/link-expired-panel';
import { TokenContinuePanel } from '../components/token-continue-panel';

/** `/auth/invite?token=…` from the agency's invitation email; accepting is an explicit click, like sign-in links. */
export function InviteRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [accept, { loading, error }] = useMutation(AcceptPortalInvitationDocument, {
    context: { quietErrors: true },
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: PortalMeDocument, data: { portalMe: data.acceptPortalInvitation } });
    },
  });

  if (!token || hasErrorCode(error, 'BAD_USER_INPUT')) {
    return <LinkExpiredPanel titleKey="invite.expiredTitle" bodyKey="invite.expiredBody" actionKey="invite.signIn" />;
  }

  async function acceptInvitation(): Promise<void> {
    try {
      await accept({ variables: { token } });
    } catch {
      return; // shown from the mutation's error state
    }
    await navigate('/', { replace: true });
  }

  return (
    <TokenContinuePanel
      title={t('invite.title')}
      body={t('invite.body')}
      button={t('invite.button')}
      loading={loading}
      error={error}
      onContinue={() => void acceptInvitation()}
    />
  );
}
