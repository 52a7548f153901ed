import {
  assertCommentBody,
  assertDeliverableTitle,
  canDecideDeliverable,
  canModifyComment,
  commentInternalFor,
  decideDeliverable,
  isCommentVisibleToContact,
  isDeliverableOverdue,
  nextDeliverableVersion,
  type DeliverableState,
} from './deliverables';

const pending: DeliverableState = { status: 'PENDING_APPROVAL', version: 1 };

describe('deliverable decisions', () => {
  it('approves a pending version, with or without a comment', () => {
    expect(decideDeliverable(pending, 'APPROVED', null)).toEqual({ status: 'APPROVED', version: 1, comment: null });
    expect(decideDeliverable(pending, 'APPROVED', '  Looks great ')).toEqual({
      status: 'APPROVED',
      version: 1,
      comment: 'Looks great',
    });
  });

  it('requests changes only with a comment', () => {
    expect(decideDeliverable(pending, 'CHANGES_REQUESTED', 'Bigger logo')).toEqual({
      status: 'CHANGES_REQUESTED',
      version: 1,
      comment: 'Bigger logo',
    });
    expect(() => decideDeliverable(pending, 'CHANGES_REQUESTED', '   ')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'comment' }),
    );
    expect(() => decideDeliverable(pending, 'CHANGES_REQUESTED', null)).toThrow(
      expect.objectContaining({ field: 'comment' }),
    );
  });

  it('refuses a second decision for the same version', () => {
    for (const status of ['APPROVED', 'CHANGES_REQUESTED'] as const) {
      const decided = { status, version: 3 };
      expect(canDecideDeliverable(decided)).toBe(false);
      expect(() => decideDeliverable(decided, 'APPROVED', null)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
      expect(() => decideDeliverable(decided, 'CHANGES_REQUESTED', 'x')).toThrow(
        expect.objectContaining({ code: 'CONFLICT' }),
      );
    }
  });

  it('refuses an unknown decision and an over-long comment', () => {
    expect(() => decideDeliverable(pending, 'PENDING_APPROVAL' as never, null)).toThrow(
      expect.objectContaining({ field: 'decision' }),
    );
    expect(() => decideDeliverable(pending, 'APPROVED', 'x'.repeat(5001))).toThrow(
      expect.objectContaining({ field: 'comment' }),
    );
  });

  it('does not mutate its input', () => {
    const state = { ...pending };
    decideDeliverable(state, 'APPROVED', null);
    expect(state).toEqual(pending);
  });
});

describe('new versions', () => {
  it('restart approval from every status and increment the version', () => {
    expect(nextDeliverableVersion({ status: 'APPROVED', version: 1 })).toEqual({
      status: 'PENDING_APPROVAL',
      version: 2,
    });
    expect(nextDeliverableVersion({ status: 'CHANGES_REQUESTED', version: 2 })).toEqual({
      status: 'PENDING_APPROVAL',
      version: 3,
    });
    expect(nextDeliverableVersion(pending)).toEqual({ status: 'PENDING_APPROVAL', version: 2 });
  });

  it('make a decided deliverable decidable again', () => {
    const decided = decideDeliverable(pending, 'CHANGES_REQUESTED', 'Fix colours');
    const next = nextDeliverableVersion(decided);
    expect(decideDeliverable(next, 'APPROVED', null)).toMatchObject({ status: 'APPROVED', version: 2 });
  });
});

describe('deliverable fields', () => {
  it('trims and checks the title', () => {
    expect(assertDeliverableTitle('  Logo ')).toBe('Logo');
    expect(() => assertDeliverableTitle(' ')).toThrow(expect.objectContaining({ field: 'title' }));
    expect(() => assertDeliverableTitle('x'.repeat(201))).toThrow(expect.objectContaining({ field: 'title' }));
  });

  it('is overdue only before today and while not approved', () => {
    expect(isDeliverableOverdue({ status: 'PENDING_APPROVAL', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isDeliverableOverdue({ status: 'CHANGES_REQUESTED', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isDeliverableOverdue({ status: 'APPROVED', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isDeliverableOverdue({ status: 'PENDING_APPROVAL', dueDate: null }, '2026-01-02')).toBe(false);
  });
});

describe('comments', () => {
  it('checks the body (1–5000 characters after trimming)', () => {
    expect(assertCommentBody(' hi ')).toBe('hi');
    expect(() => assertCommentBody('  ')).toThrow(expect.objectContaining({ field: 'body' }));
    expect(() => assertCommentBody('x'.repeat(5001))).toThrow(expect.objectContaining({ field: 'body' }));
    expect(assertCommentBody('x'.repeat(5000))).toHaveLength(5000);
  });

  it('makes contact comments always client-visible and hides internal ones from contacts', () => {
    expect(commentInternalFor({ kind: 'CONTACT', contactId: 'c' }, true)).toBe(false);
    expect(commentInternalFor({ kind: 'USER', userId: 'u' }, true)).toBe(true);
    expect(commentInternalFor({ kind: 'USER', userId: 'u' }, false)).toBe(false);
    expect(isCommentVisibleToContact({ internal: true })).toBe(false);
    expect(isCommentVisibleToContact({ internal: false })).toBe(true);
  });

  it('lets authors modify their own comments and workspace managers moderate staff-side', () => {
    const byUser = { authorUserId: 'u1', authorContactId: null };
    const byContact = { authorUserId: null, authorContactId: 'c1' };
    expect(canModifyComment(byUser, { kind: 'USER', userId: 'u1' }, false)).toBe(true);
    expect(canModifyComment(byUser, { kind: 'USER', userId: 'u2' }, false)).toBe(false);
    expect(canModifyComment(byUser, { kind: 'USER', userId: 'u2' }, true)).toBe(true);
    expect(canModifyComment(byContact, { kind: 'CONTACT', contactId: 'c1' }, false)).toBe(true);
    expect(canModifyComment(byUser, { kind: 'CONTACT', contactId: 'c1' }, false)).toBe(false);
  });
});
