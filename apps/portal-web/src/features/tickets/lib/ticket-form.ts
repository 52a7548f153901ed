import type { KeyboardEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cleanText, MAX_TICKET_MESSAGE, MAX_TICKET_SUBJECT } from '@clientflow/domain';
import type { TicketsKey } from '../i18n/en';

export type TextProblem = { key: TicketsKey; max?: number } | null;

/** The API's rules (packages/domain `assertTicketSubject`), as message keys: trimmed, required, at most 200. */
export function subjectProblem(value: string): TextProblem {
  const text = cleanText(value);
  if (!text) return { key: 'tickets.form.subjectRequired' };
  if (text.length > MAX_TICKET_SUBJECT) return { key: 'tickets.form.subjectTooLong', max: MAX_TICKET_SUBJECT };
  return null;
}

/** `assertTicketMessage`: trimmed, required, at most 10,000 characters. */
export function messageProblem(value: string, kind: 'message' | 'reply'): TextProblem {
  const text = cleanText(value);
  if (!text) return { key: kind === 'message' ? 'tickets.form.messageRequired' : 'tickets.thread.replyRequired' };
  if (text.length > MAX_TICKET_MESSAGE) {
    return {
      key: kind === 'message' ? 'tickets.form.messageTooLong' : 'tickets.thread.replyTooLong',
      max: MAX_TICKET_MESSAGE,
    };
  }
  return null;
}

/** The input the API named in a BAD_USER_INPUT error (`input.subject` → `subject`), if any. */
export function apiErrorField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.extensions?.field;
  return typeof field === 'string' ? (field.split('.').pop() ?? null) : null;
}

/** Ctrl+Enter (Cmd+Enter on a Mac) sends, as in most chat and mail apps. */
export function isSendShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing;
}

export function isMacLike(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
