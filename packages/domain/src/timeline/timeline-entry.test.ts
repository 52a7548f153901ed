import { canModifyTimelineEntry, isManualTimelineEntry } from './timeline-entry';

const viewer = (userId: string, permissions: string[] = ['client.edit']) => ({
  userId,
  permissions: permissions as never,
});

describe('timeline entries', () => {
  it('treats domain-written events as immutable, even NOTE events written by notes', () => {
    expect(isManualTimelineEntry({ type: 'STATUS_CHANGE', authorUserId: 'u1', metadata: {} })).toBe(false);
    expect(isManualTimelineEntry({ type: 'NOTE', authorUserId: 'u1', metadata: { source: 'note' } })).toBe(false);
    expect(isManualTimelineEntry({ type: 'CALL', authorUserId: 'u1', metadata: {} })).toBe(true);
  });

  it('lets the author or a workspace manager change a manual entry', () => {
    const call = { type: 'CALL' as const, authorUserId: 'u1', metadata: {} };
    expect(canModifyTimelineEntry(call, viewer('u1'))).toBe(true);
    expect(canModifyTimelineEntry(call, viewer('u2'))).toBe(false);
    expect(canModifyTimelineEntry(call, viewer('u2', ['client.edit', 'workspace.manage']))).toBe(true);
    expect(canModifyTimelineEntry({ ...call, type: 'STATUS_CHANGE' }, viewer('u1', ['workspace.manage']))).toBe(false);
  });
});
