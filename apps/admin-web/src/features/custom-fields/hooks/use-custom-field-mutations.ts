import { useMutation } from '@apollo/client/react';
import {
  ArchiveCustomFieldDefinitionDocument,
  CreateCustomFieldDefinitionDocument,
  DeleteCustomFieldDefinitionDocument,
  ReorderCustomFieldDefinitionsDocument,
  RestoreCustomFieldDefinitionDocument,
  SetClientCustomFieldValuesDocument,
  UpdateCustomFieldDefinitionDocument,
} from '@clientflow/graphql-types/admin';

// Definition lists come in two shapes (with and without archived fields) and carry usage counts:
// refetch whichever of them is on screen after a change.
const refetchDefinitions = { refetchQueries: ['CustomFieldDefinitions'], awaitRefetchQueries: true };

export function useCreateCustomFieldDefinition() {
  return useMutation(CreateCustomFieldDefinitionDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    ...refetchDefinitions,
  });
}

export function useUpdateCustomFieldDefinition() {
  return useMutation(UpdateCustomFieldDefinitionDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    ...refetchDefinitions,
  });
}

export function useReorderCustomFieldDefinitions() {
  return useMutation(ReorderCustomFieldDefinitionsDocument, refetchDefinitions);
}

export function useArchiveCustomFieldDefinition() {
  return useMutation(ArchiveCustomFieldDefinitionDocument, refetchDefinitions);
}

export function useRestoreCustomFieldDefinition() {
  return useMutation(RestoreCustomFieldDefinitionDocument, refetchDefinitions);
}

export function useDeleteCustomFieldDefinition() {
  return useMutation(DeleteCustomFieldDefinitionDocument, {
    ...refetchDefinitions,
    update: (cache, _result, { variables }) => {
      if (!variables) return;
      cache.evict({ id: cache.identify({ __typename: 'CustomFieldDefinition', id: variables.id }) });
      cache.gc();
    },
  });
}

export function useSetClientCustomFieldValues() {
  return useMutation(SetClientCustomFieldValuesDocument, { context: { handledErrorCodes: ['BAD_USER_INPUT'] } });
}
