/**
 * Upload allow-list, decided by the bytes (magic numbers), never by the name or the browser's MIME type.
 * The extension may only choose between variants of the same bytes (CSV vs plain text, DOCX vs ZIP) and is
 * refused when it claims a different type than the bytes show.
 */
export type FileKind =
  'pdf' | 'png' | 'jpeg' | 'webp' | 'gif' | 'docx' | 'xlsx' | 'pptx' | 'zip' | 'text' | 'csv' | 'svg';

export interface SniffedFileType {
  kind: FileKind;
  contentType: string;
  /** Extensions a file of this kind may carry (lower case, no dot); the first is canonical. */
  extensions: readonly string[];
}

const TYPES: Record<FileKind, SniffedFileType> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf', extensions: ['pdf'] },
  png: { kind: 'png', contentType: 'image/png', extensions: ['png'] },
  jpeg: { kind: 'jpeg', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jfif'] },
  webp: { kind: 'webp', contentType: 'image/webp', extensions: ['webp'] },
  gif: { kind: 'gif', contentType: 'image/gif', extensions: ['gif'] },
  docx: {
    kind: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    kind: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    kind: 'pptx',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  zip: { kind: 'zip', contentType: 'application/zip', extensions: ['zip'] },
  text: { kind: 'text', contentType: 'text/plain; charset=utf-8', extensions: ['txt', 'text', 'md', 'log'] },
  csv: { kind: 'csv', contentType: 'text/csv; charset=utf-8', extensions: ['csv'] },
  svg: { kind: 'svg', contentType: 'image/svg+xml', extensions: ['svg'] },
};

export const ALLOWED_UPLOAD_EXTENSIONS: readonly string[] = Object.values(TYPES).flatMap((t) => t.extensions);

const startsWith = (bytes: Uint8Array, sig: readonly number[], offset = 0) =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  const n = ascii(needle);
  outer: for (let i = from; i <= bytes.length - n.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

/** Office Open XML files are ZIPs whose entries name the application folder (word/, xl/, ppt/). */
function zipFlavour(bytes: Uint8Array): FileKind {
  if (indexOfAscii(bytes, '[Content_Types].xml') >= 0) {
    if (indexOfAscii(bytes, 'word/') >= 0) return 'docx';
    if (indexOfAscii(bytes, 'xl/') >= 0) return 'xlsx';
    if (indexOfAscii(bytes, 'ppt/') >= 0) return 'pptx';
  }
  return 'zip';
}

/** Strict UTF-8 validation (no overlongs, no surrogates); returns false on the first bad sequence. */
function isUtf8(bytes: Uint8Array, end: number): boolean {
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return false;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      // A sequence cut by the end of the sample is fine; cut by the end of the file it is not.
      if (i + k >= end) return end < bytes.length;
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

const TEXT_SAMPLE = 64 * 1024;

/** Plain text: valid UTF-8, no NUL, almost no control characters other than tab/newline/CR/form feed. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const end = Math.min(bytes.length, TEXT_SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
    if (b === 0x7f) controls++;
  }
  if (controls > end / 1000) return false;
  return isUtf8(bytes, end);
}

function textHead(bytes: Uint8Array): string {
  const end = Math.min(bytes.length, 1024);
  let s = '';
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
}

/** Markup a browser would run: never accepted as "text". */
const HTML_MARKERS =
  /<(!doctype\s+html|html|head|body|script|iframe|object|embed|meta|link|style|frameset|a\s|img\s|div|form)\b/i;

function isSvg(head: string): boolean {
  // Skip an XML declaration, comments and a doctype before the root element.
  const rest = head.replace(/^(<\?xml[^>]*>|<!--[\s\S]*?-->|<!doctype\s+svg[^>]*>|\s)+/g, '');
  return rest.startsWith('<svg') && /^<svg[\s>]/.test(rest);
}

/** Detects the type of an upload from its bytes; null for anything outside the allow-list. */
export function sniffFileType(bytes: Uint8Array): SniffedFileType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return TYPES.webp;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return TYPES.gif;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return TYPES[zipFlavour(bytes)];
  if (!looksLikeText(bytes)) return null;
  const head = textHead(bytes);
  if (isSvg(head)) return TYPES.svg;
  if (head.startsWith('<?xml') || HTML_MARKERS.test(head)) return null;
  return TYPES.text;
}

export function fileExtension(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : null;
}

export type UploadCheck = { ok: true; type: SniffedFileType } | { ok: false; reason: string };

/**
 * The upload decision: bytes first, then the name must not claim another type. A text file named `.csv` is CSV;
 * a ZIP named `.docx` must really be a Word document.
 */
export function checkUpload(
  fileName: string,
  bytes: Uint8Array,
  allowed: readonly FileKind[] = ALL_KINDS,
): UploadCheck {
  const sniffed = sniffFileType(bytes);
  if (!sniffed)
    return {
      ok: false,
      reason: `"${fileName}" is not an allowed file type (PDF, images, Office documents, ZIP, text or CSV)`,
    };
  const type = sniffed.kind === 'text' && fileExtension(fileName) === 'csv' ? TYPES.csv : sniffed;
  if (!allowed.includes(type.kind))
    return { ok: false, reason: `"${fileName}" is a ${type.kind.toUpperCase()} file, which is not allowed here` };
  const ext = fileExtension(fileName);
  if (ext && !type.extensions.includes(ext)) {
    return { ok: false, reason: `"${fileName}" is named .${ext} but its content is ${type.kind.toUpperCase()}` };
  }
  return { ok: true, type };
}

export const ALL_KINDS: readonly FileKind[] = Object.keys(TYPES) as FileKind[];
export const IMAGE_KINDS: readonly FileKind[] = ['png', 'jpeg', 'webp', 'gif', 'svg'];

/** Types a browser may show inline without risk (served with nosniff and a CSP); everything else downloads. */
export function isInlineSafe(contentType: string): boolean {
  return /^(image\/(png|jpeg|webp|gif)|application\/pdf)$/.test(contentType);
}
