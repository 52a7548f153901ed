import { useMutation } from '@apollo/client/react';
import { MeDocument, UpdateWorkspaceSettingsDocument } from '@clientflow/graphql-types/admin';

/** The viewer (workspace name, currency, permissions) is re-read so the whole app reflects the change. */
export function useUpdateWorkspaceSettings() {
  return useMutation(UpdateWorkspaceSettingsDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    refetchQueries: [{ query: MeDocument }],
    awaitRefetchQueries: true,
  });
}
