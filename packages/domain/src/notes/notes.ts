export const NOTE_KINDS = ['PREFERENCE', 'DECISION', 'ALERT', 'CONTEXT', 'PERSONAL'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const MAX_NOTE_LENGTH = 10_000;

/** Pinned at the top of the client profile: every ALERT, and any note flagged important. */
export function isPinnedNote(note: { kind: NoteKind; important: boolean }): boolean {
  return note.important || note.kind === 'ALERT';
}

/** Pinned notes, newest first (by creation; ties by id so the order is stable). Does not mutate its input. */
export function pinnedNotes<T extends { kind: NoteKind; important: boolean; createdAt: Date; id: string }>(
  notes: readonly T[],
): T[] {
  return notes
    .filter(isPinnedNote)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

const KIND_LABELS: Record<NoteKind, string> = {
  PREFERENCE: 'Preference',
  DECISION: 'Decision',
  ALERT: 'Alert',
  CONTEXT: 'Context',
  PERSONAL: 'Personal',
};

export const noteKindLabel = (kind: NoteKind) => KIND_LABELS[kind];

/** The NOTE timeline event shows only this summary (never the body): "Alert note: first line…". */
export function noteTimelineSummary(kind: NoteKind, body: string): string {
  const firstLine = body.trim().split(/\r?\n/)[0].replace(/\s+/g, ' ');
  const short = firstLine.length > 80 ? `${firstLine.slice(0, 79).trimEnd()}…` : firstLine;
  return `${KIND_LABELS[kind]} note: ${short}`;
}
