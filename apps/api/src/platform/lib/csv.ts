/** Spreadsheet-safe CSV cell: quoted, and formulas neutralised (a leading = + - @ would run in Excel). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('; ') : String(value);
  // Plain numbers and phone numbers ("+1 555 0100", "-2") cannot call functions and stay as they are.
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?[\d\s().,-]+$/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
