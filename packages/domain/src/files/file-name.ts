import { badInput } from '../errors/domain-error';

export const MAX_FILE_NAME_LENGTH = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A display name safe to store and show: the last path segment only, no control or bidi-override characters,
 * whitespace collapsed, at most 200 characters (keeping the extension), never empty.
 */
export function safeFileName(raw: string, fallback = 'file'): string {
  const base = (raw.split(/[\\/]/).pop() ?? '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  const cleaned = base.replace(/^\.+/, '').trim();
  if (!cleaned) return fallback;
  if (cleaned.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 12 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_FILE_NAME_LENGTH - ext.length).trimEnd() + ext;
}

/** Validates a name a person typed (rename): refuses rather than silently changing it. */
export function assertValidFileName(name: string, field = 'name'): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput(field, 'The file name cannot be empty');
  if (trimmed.length > MAX_FILE_NAME_LENGTH)
    throw badInput(field, `The file name must be at most ${MAX_FILE_NAME_LENGTH} characters`);
  if (/[\\/]/.test(trimmed)) throw badInput(field, 'The file name cannot contain / or \\');
  if (new RegExp(CONTROL.source).test(trimmed))
    throw badInput(field, 'The file name cannot contain control characters');
  if (trimmed === '.' || trimmed === '..') throw badInput(field, 'The file name cannot be . or ..');
  return trimmed;
}

const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition header value: an ASCII `filename` fallback (quotes, backslashes and non-ASCII replaced)
 * plus the exact UTF-8 name in RFC 5987 `filename*`, which every current browser prefers.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = safeFileName(fileName);
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
