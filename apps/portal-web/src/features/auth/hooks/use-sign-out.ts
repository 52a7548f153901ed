import { useApolloClient, useMutation } from '@apollo/client/react';
import { PortalSignOutDocument } from '@clientflow/graphql-types/portal';
import { useNavigate } from 'react-router';

export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(PortalSignOutDocument);

  async function signOut(): Promise<void> {
    try {
      await mutate();
    } catch {
      return; // the error link already told the user
    }
    // Leave the protected layout first so its query does not refetch into an empty cache.
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
  }

  return { signOut, signingOut: loading };
}
