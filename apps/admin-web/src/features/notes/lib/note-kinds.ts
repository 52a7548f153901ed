import { NOTE_KINDS, noteKindLabel, type NoteKind } from '@clientflow/domain';

export const NOTE_KIND_COLORS: Record<NoteKind, string> = {
  PREFERENCE: 'blue',
  DECISION: 'violet',
  ALERT: 'red',
  CONTEXT: 'gray',
  PERSONAL: 'teal',
};
export const NOTE_KIND_OPTIONS = NOTE_KINDS.map((k) => ({ value: k, label: noteKindLabel(k) }));
