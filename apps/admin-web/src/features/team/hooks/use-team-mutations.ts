import { useMutation } from '@apollo/client/react';
import {
  ChangeMemberRoleDocument,
  InviteMemberDocument,
  MeDocument,
  RemoveMemberDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  TeamInvitationsDocument,
  TeamMembersDocument,
  TransferOwnershipDocument,
} from '@clientflow/graphql-types/admin';

const handled = { handledErrorCodes: ['*'] };

export const useInviteMember = () =>
  useMutation(InviteMemberDocument, { context: handled, refetchQueries: [TeamInvitationsDocument] });

export const useResendInvitation = () => useMutation(ResendInvitationDocument, { context: handled });

export const useRevokeInvitation = () =>
  useMutation(RevokeInvitationDocument, { context: handled, refetchQueries: [TeamInvitationsDocument] });

export const useChangeMemberRole = () =>
  useMutation(ChangeMemberRoleDocument, { context: handled, refetchQueries: [TeamMembersDocument, MeDocument] });

export const useRemoveMember = () =>
  useMutation(RemoveMemberDocument, { context: handled, refetchQueries: [TeamMembersDocument] });

/** The caller becomes ADMIN: refresh their own permissions too. */
export const useTransferOwnership = () =>
  useMutation(TransferOwnershipDocument, { context: handled, refetchQueries: [TeamMembersDocument, MeDocument] });
