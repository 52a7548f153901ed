import { useQuery } from '@apollo/client/react';
import { TicketAssigneesDocument } from '@clientflow/graphql-types/admin';

/** The workspace's staff, for the assignee filter and picker (members sorted by name). */
export function useTicketAssignees() {
  const { data, loading } = useQuery(TicketAssigneesDocument, { context: { handledErrorCodes: ['*'] } });
  const members = [...(data?.workspaceMembers ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return { members, loading };
}
