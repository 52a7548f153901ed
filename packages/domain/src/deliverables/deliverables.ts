import { DomainError, badInput } from '../errors/domain-error';
import type { CommentTarget, DeliverableStatus } from '../projects/project-types';

export const DELIVERABLE_DECISIONS = ['APPROVED', 'CHANGES_REQUESTED'] as const;
export type DeliverableDecision = (typeof DELIVERABLE_DECISIONS)[number];

export const MAX_DELIVERABLE_TITLE = 200;
export const MAX_DELIVERABLE_DESCRIPTION = 10_000;
export const MAX_DECISION_COMMENT = 5000;
export const MAX_COMMENT_LENGTH = 5000;

export interface DeliverableState {
  status: DeliverableStatus;
  version: number;
}

export interface DecisionOutcome extends DeliverableState {
  /** Trimmed; null when none was given (allowed only for approvals). */
  comment: string | null;
}

export function isDeliverableDecision(value: string): value is DeliverableDecision {
  return (DELIVERABLE_DECISIONS as readonly string[]).includes(value);
}

/** Only the version awaiting approval can be decided; a decided version stays decided. */
export function canDecideDeliverable(state: DeliverableState): boolean {
  return state.status === 'PENDING_APPROVAL';
}

/**
 * PENDING_APPROVAL → APPROVED | CHANGES_REQUESTED, once per version. Requesting changes needs a comment
 * saying what to change. Returns the new state; never mutates the input.
 */
export function decideDeliverable(
  state: DeliverableState,
  decision: DeliverableDecision,
  comment: string | null | undefined,
): DecisionOutcome {
  if (!isDeliverableDecision(decision)) throw badInput('decision', 'decision must be APPROVED or CHANGES_REQUESTED');
  if (!canDecideDeliverable(state)) {
    const what = state.status === 'APPROVED' ? 'approved' : 'sent back for changes';
    throw new DomainError(
      'CONFLICT',
      `Version ${state.version} was already ${what}; submit a new version to decide again`,
    );
  }
  const text = comment?.trim() || null;
  if (decision === 'CHANGES_REQUESTED' && !text)
    throw badInput('comment', 'Say what should change when requesting changes');
  if (text && text.length > MAX_DECISION_COMMENT)
    throw badInput('comment', `comment must be at most ${MAX_DECISION_COMMENT} characters`);
  return { status: decision, version: state.version, comment: text };
}

/**
 * A new version (after a decision, or replacing the pending one) increments the version and restarts approval.
 */
export function nextDeliverableVersion(state: DeliverableState): DeliverableState {
  return { status: 'PENDING_APPROVAL', version: state.version + 1 };
}

export function assertDeliverableTitle(title: string): string {
  const t = title.trim();
  if (!t) throw badInput('title', 'title is required');
  if (t.length > MAX_DELIVERABLE_TITLE)
    throw badInput('title', `title must be at most ${MAX_DELIVERABLE_TITLE} characters`);
  return t;
}

/** Overdue = a due date before today while the deliverable still waits for approval or changes. */
export function isDeliverableOverdue(d: { status: DeliverableStatus; dueDate: string | null }, today: string): boolean {
  return d.status !== 'APPROVED' && d.dueDate != null && d.dueDate < today;
}

export function assertCommentBody(body: string): string {
  const b = body.trim();
  if (!b) throw badInput('body', 'Write something before posting');
  if (b.length > MAX_COMMENT_LENGTH) throw badInput('body', `body must be at most ${MAX_COMMENT_LENGTH} characters`);
  return b;
}

export type CommentAuthor = { kind: 'USER'; userId: string } | { kind: 'CONTACT'; contactId: string };

/** A contact's comment is always client-visible: contacts cannot write internal comments. */
export function commentInternalFor(author: CommentAuthor, requestedInternal: boolean): boolean {
  return author.kind === 'USER' ? requestedInternal : false;
}

/** Internal comments never reach contacts. */
export function isCommentVisibleToContact(comment: { internal: boolean }): boolean {
  return !comment.internal;
}

/** Authors edit and delete their own comments; `workspace.manage` may moderate any staff-side. */
export function canModifyComment(
  comment: { authorUserId: string | null; authorContactId: string | null },
  actor: CommentAuthor,
  canManageWorkspace: boolean,
): boolean {
  if (actor.kind === 'USER') return comment.authorUserId === actor.userId || canManageWorkspace;
  return comment.authorContactId === actor.contactId;
}

export function isCommentTarget(value: string): value is CommentTarget {
  return value === 'TASK' || value === 'DELIVERABLE';
}
