import { useMutation } from '@apollo/client/react';
import {
  AssignTicketDocument,
  ReplyToTicketDocument,
  SetTicketPriorityDocument,
  SetTicketStatusDocument,
} from '@clientflow/graphql-types/admin';
import { appendTicketMessage } from '../lib/ticket-cache';

// These screens show the API's refusals beside the control that caused them.
const handled = { context: { handledErrorCodes: ['*'] } };

/** Status, priority and assignee changes; the answer is the ticket row, merged into the cache by id. */
export function useTicketUpdates() {
  const [setStatus, status] = useMutation(SetTicketStatusDocument, handled);
  const [setPriority, priority] = useMutation(SetTicketPriorityDocument, handled);
  const [assign, assignment] = useMutation(AssignTicketDocument, handled);
  return {
    setStatus,
    setPriority,
    assign,
    loading: { status: status.loading, priority: priority.loading, assignee: assignment.loading },
  };
}

/** A reply or internal note, appended to the cached thread with the status the domain rule gives it. */
export function useReplyToTicket() {
  return useMutation(ReplyToTicketDocument, {
    ...handled,
    update(cache, { data }) {
      if (data) appendTicketMessage(cache, data.replyToTicket, { ownReply: true });
    },
  });
}
