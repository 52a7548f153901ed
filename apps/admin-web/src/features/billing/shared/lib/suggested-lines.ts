import type { SuggestedLineFieldsFragment } from '@clientflow/graphql-types/admin';
import { newLineKey, type LineFormValue } from './line-values';

/** A suggestion of the API (unbilled time, project fee) as an editable line; its time entries travel with it. */
export function lineFromSuggestion(s: SuggestedLineFieldsFragment): LineFormValue {
  return {
    key: newLineKey(),
    description: s.description,
    quantity: s.quantity,
    unitPrice: s.unitPrice,
    taxRate: s.taxRate,
    discount: 0,
    source: s.source,
    projectId: s.projectId,
    timeEntryIds: [...s.timeEntryIds],
  };
}

/** Suggestions none of whose time entries are already on the form's lines. */
export function notYetOnLines(suggestions: readonly SuggestedLineFieldsFragment[], lines: readonly LineFormValue[]) {
  const taken = new Set(lines.flatMap((l) => l.timeEntryIds));
  return suggestions.filter((s) => !s.timeEntryIds.some((id) => taken.has(id)));
}
