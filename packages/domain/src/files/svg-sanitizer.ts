/**
 * Strict allow-list SVG sanitiser (string in, string out). jsdom 31 (the DOM DOMPurify would need on the server)
 * requires Node 22, so this re-serialises only known-safe SVG: allowed elements and presentation attributes,
 * same-document references only. Anything it cannot tokenise is refused (null), never passed through.
 * Removed: scripts, event handlers, foreignObject, style elements, animation, external href/src/url(),
 * comments, processing instructions, CDATA and doctypes with entities.
 */
const ELEMENTS = new Set(
  [
    'svg',
    'g',
    'defs',
    'symbol',
    'use',
    'title',
    'desc',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'textPath',
    'linearGradient',
    'radialGradient',
    'stop',
    'clipPath',
    'mask',
    'pattern',
    'marker',
    'image',
    'filter',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feFlood',
    'feGaussianBlur',
    'feMerge',
    'feMergeNode',
    'feOffset',
    'feFuncA',
    'feFuncR',
    'feFuncG',
    'feFuncB',
    'feDropShadow',
    'feMorphology',
    'feTurbulence',
    'feDisplacementMap',
    'feTile',
    'feImage',
    'metadata',
  ].map((e) => e.toLowerCase()),
);
/** Dropped with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'animate',
  'set',
  'animatetransform',
  'animatemotion',
  'handler',
  'listener',
]);
const TEXT_PARENTS = new Set(['text', 'tspan', 'textpath', 'title', 'desc']);

const ATTR_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
const FORBIDDEN_ATTRS = new Set(['xml:base', 'externalresourcesrequired']);
const REF_ATTRS = new Set(['href', 'xlink:href', 'src']);
const SAFE_REF = /^\s*(#[A-Za-z0-9_.:-]*|data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=\s]*)\s*$/i;
const URL_FN = /url\s*\(\s*(['"]?)([^)'"]*)\1\s*\)/gi;
const DANGEROUS_VALUE = /(javascript:|vbscript:|expression\s*\(|@import|behavior\s*:|-moz-binding)/i;

const decodeEntities = (v: string) =>
  v.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    const cp = l.startsWith('#x') ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function safeAttribute(name: string, rawValue: string): string | null {
  const lower = name.toLowerCase();
  if (!ATTR_NAME.test(name) || lower.startsWith('on') || FORBIDDEN_ATTRS.has(lower)) return null;
  if (lower.startsWith('xmlns')) {
    return /^(xmlns|xmlns:xlink)$/.test(lower) ? `${name}="${escapeAttr(decodeEntities(rawValue))}"` : null;
  }
  // Control characters can hide a `javascript:` scheme from the checks below, so they go first.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const value = decodeEntities(rawValue).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  if (REF_ATTRS.has(lower) && !SAFE_REF.test(value)) return null;
  if (DANGEROUS_VALUE.test(value)) return null;
  for (const m of value.matchAll(URL_FN)) if (!m[2].trim().startsWith('#')) return null;
  if (/url\s*\(/i.test(value.replace(URL_FN, ''))) return null;
  return `${name}="${escapeAttr(value)}"`;
}

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9_.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function sanitizeSvg(input: string): string | null {
  let s = input.replace(/^\uFEFF/, '');
  const out: string[] = [];
  const stack: { name: string; kept: boolean }[] = [];
  let dropDepth = 0;
  let sawRoot = false;
  while (s.length) {
    if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      if (end < 0) return null;
      s = s.slice(end + 3);
    } else if (s.startsWith('<?')) {
      const end = s.indexOf('?>');
      if (end < 0) return null;
      s = s.slice(end + 2);
    } else if (s.startsWith('<![CDATA[')) {
      const end = s.indexOf(']]>');
      if (end < 0) return null;
      const text = s.slice(9, end);
      const parent = stack[stack.length - 1];
      if (!dropDepth && parent?.kept && TEXT_PARENTS.has(parent.name)) out.push(escapeText(text));
      s = s.slice(end + 3);
    } else if (/^<!doctype/i.test(s)) {
      const end = s.indexOf('>');
      if (end < 0 || /[[\]]|<!ENTITY/i.test(s.slice(0, end))) return null;
      s = s.slice(end + 1);
    } else if (s.startsWith('<')) {
      const m = TAG.exec(s);
      if (!m) return null;
      s = s.slice(m[0].length);
      const [, closing, rawName, attrs, selfClosing] = m;
      const name = rawName.toLowerCase();
      if (closing) {
        const open = stack.pop();
        if (!open || open.name !== name) return null;
        if (DROP_WITH_CONTENT.has(name)) dropDepth--;
        else if (open.kept && !dropDepth) out.push(`</${rawName}>`);
        continue;
      }
      if (!sawRoot && name !== 'svg') return null;
      sawRoot = true;
      const dropped = DROP_WITH_CONTENT.has(name);
      const kept = !dropped && !dropDepth && ELEMENTS.has(name) && (stack.length === 0 || stack.every((e) => e.kept));
      if (kept) {
        const safe = [...attrs.matchAll(ATTR)]
          .map((a) => safeAttribute(a[1], a[2] ?? a[3] ?? ''))
          .filter((a): a is string => a !== null);
        if (stack.length === 0 && !safe.some((a) => a.startsWith('xmlns=')))
          safe.unshift('xmlns="http://www.w3.org/2000/svg"');
        out.push(`<${rawName}${safe.length ? ` ${safe.join(' ')}` : ''}${selfClosing ? '/>' : '>'}`);
      }
      if (!selfClosing) {
        stack.push({ name, kept });
        if (dropped) dropDepth++;
      }
      if (stack.length === 0 && selfClosing) break;
    } else {
      const next = s.indexOf('<');
      const text = next < 0 ? s : s.slice(0, next);
      s = next < 0 ? '' : s.slice(next);
      const parent = stack[stack.length - 1];
      if (!sawRoot || !parent) {
        if (text.trim()) return null;
        continue;
      }
      if (!dropDepth && parent.kept && TEXT_PARENTS.has(parent.name)) out.push(escapeText(decodeEntities(text)));
    }
    if (sawRoot && stack.length === 0) break;
  }
  if (!sawRoot || stack.length) return null;
  if (s.replace(/<!--[\s\S]*?-->/g, '').trim()) return null;
  return out.join('');
}
