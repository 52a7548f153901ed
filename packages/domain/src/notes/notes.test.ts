import { isPinnedNote, noteTimelineSummary, pinnedNotes } from './notes';

const note = (id: string, kind: 'ALERT' | 'CONTEXT' | 'PREFERENCE', important: boolean, at: string) => ({
  id,
  kind,
  important,
  createdAt: new Date(at),
});

describe('pinned notes', () => {
  it('pins every ALERT and any important note', () => {
    expect(isPinnedNote({ kind: 'ALERT', important: false })).toBe(true);
    expect(isPinnedNote({ kind: 'CONTEXT', important: true })).toBe(true);
    expect(isPinnedNote({ kind: 'PREFERENCE', important: false })).toBe(false);
  });

  it('lists them newest first without touching the input', () => {
    const notes = [
      note('1', 'ALERT', false, '2026-01-01T10:00:00Z'),
      note('2', 'CONTEXT', false, '2026-03-01T10:00:00Z'),
      note('3', 'PREFERENCE', true, '2026-02-01T10:00:00Z'),
    ];
    const copy = [...notes];
    expect(pinnedNotes(notes).map((n) => n.id)).toEqual(['3', '1']);
    expect(notes).toEqual(copy);
  });
});

describe('noteTimelineSummary', () => {
  it('shows the kind and a short first line only', () => {
    expect(noteTimelineSummary('DECISION', 'Go with plan B\nbecause budget')).toBe('Decision note: Go with plan B');
    expect(noteTimelineSummary('ALERT', 'x'.repeat(100))).toHaveLength('Alert note: '.length + 80);
  });
});
