import { useMutation } from '@apollo/client/react';
import {
  CreateContactDocument,
  DeleteContactDocument,
  SetPrimaryContactDocument,
  UpdateContactDocument,
} from '@clientflow/graphql-types/admin';

// Every contact mutation answers with the client's contact list (primary included), so the normalised
// cache updates the overview and the contacts tab without a refetch. Lists show the primary's name: drop them.
const options = {
  context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  update(cache: { evict: (o: { id: string; fieldName: string }) => boolean; gc: () => string[] }) {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
    cache.gc();
  },
};

export const useCreateContact = () => useMutation(CreateContactDocument, options);
export const useUpdateContact = () => useMutation(UpdateContactDocument, options);
export const useSetPrimaryContact = () => useMutation(SetPrimaryContactDocument, options);
export const useDeleteContact = () => useMutation(DeleteContactDocument, options);
