import type { ClientTimelineEventsSubscription, ClientTimelineQuery } from '@clientflow/graphql-types/admin';
import { mergeLiveTimelineEvent } from './lib/live-timeline';

type Node = ClientTimelineQuery['clientTimeline']['nodes'][number];
const node = (id: string, occurredAt: string, extra: Partial<Node> = {}): Node => ({
  id,
  occurredAt,
  type: 'NOTE',
  summary: id,
  body: null,
  isManual: true,
  canEdit: true,
  ticketId: null,
  author: null,
  attachments: [],
  ...extra,
});
const live = (
  id: string,
  occurredAt: string,
  extra: Partial<ClientTimelineEventsSubscription['clientTimelineEvents']> = {},
) => ({
  ...node(id, occurredAt),
  projectId: null,
  ...extra,
});
const page = (nodes: Node[], hasMore = false) => ({ nodes, hasMore, endCursor: nodes.length ? 'c' : null });
const ids = (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id);

describe('mergeLiveTimelineEvent', () => {
  const loaded = page([node('b', '2026-03-10T10:00:00.000Z'), node('a', '2026-03-09T10:00:00.000Z')]);

  it('inserts a new event in newest-first order', () => {
    expect(ids(mergeLiveTimelineEvent(loaded, live('c', '2026-03-11T09:00:00.000Z'), null))).toEqual(['c', 'b', 'a']);
    expect(ids(mergeLiveTimelineEvent(loaded, live('m', '2026-03-09T12:00:00.000Z'), null))).toEqual(['b', 'm', 'a']);
  });

  it('replaces a changed event, re-sorting when its date moved, and never duplicates', () => {
    const merged = mergeLiveTimelineEvent(loaded, live('a', '2026-03-12T00:00:00.000Z', { summary: 'moved' }), null);
    expect(ids(merged)).toEqual(['a', 'b']);
    expect(merged.nodes[0].summary).toBe('moved');
  });

  it('respects the filters: skips non-matching new events and drops entries that stopped matching', () => {
    const filter = { types: ['CALL' as const] };
    expect(mergeLiveTimelineEvent(loaded, live('c', '2026-03-11T09:00:00.000Z'), filter)).toBe(loaded);
    expect(ids(mergeLiveTimelineEvent(loaded, live('b', '2026-03-10T10:00:00.000Z'), filter))).toEqual(['a']);
    expect(mergeLiveTimelineEvent(loaded, live('p', '2026-03-11T09:00:00.000Z'), { projectId: 'p1' })).toBe(loaded);
    expect(
      ids(
        mergeLiveTimelineEvent(loaded, live('p', '2026-03-11T09:00:00.000Z', { projectId: 'p1' }), { projectId: 'p1' }),
      ),
    ).toEqual(['p', 'b', 'a']);
  });

  it('leaves back-dated events that belong to pages not loaded yet', () => {
    const partial = page(loaded.nodes, true);
    expect(mergeLiveTimelineEvent(partial, live('old', '2025-01-01T00:00:00.000Z'), null)).toBe(partial);
    expect(
      ids(mergeLiveTimelineEvent(page(loaded.nodes, false), live('old', '2025-01-01T00:00:00.000Z'), null)),
    ).toEqual(['b', 'a', 'old']);
  });
});
