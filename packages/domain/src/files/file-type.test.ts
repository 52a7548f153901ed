import { checkUpload, sniffFileType } from './file-type';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((p) =>
      typeof p === 'string' ? [...unescape(encodeURIComponent(p))].map((c) => c.charCodeAt(0)) : p,
    ),
  );

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj');
const zipEntry = (name: string) =>
  bytes(
    [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [name.length, 0, 0, 0],
    name,
  );
const office = (folder: string) =>
  Uint8Array.from([...zipEntry('[Content_Types].xml'), ...zipEntry(`${folder}/document.xml`)]);
const EXE = bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode');

describe('sniffFileType', () => {
  it.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['GIF', GIF, 'image/gif'],
    ['WebP', WEBP, 'image/webp'],
    ['PDF', PDF, 'application/pdf'],
    ['DOCX', office('word'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['XLSX', office('xl'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['PPTX', office('ppt'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['ZIP', zipEntry('photos/a.jpg'), 'application/zip'],
    ['text', bytes('Olá, mundo\nsegunda linha\t✓\n'), 'text/plain; charset=utf-8'],
    [
      'SVG',
      bytes('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      'image/svg+xml',
    ],
  ])('recognises %s by its header bytes', (_name, data, contentType) => {
    expect(sniffFileType(data)?.contentType).toBe(contentType);
  });

  it.each([
    ['a Windows executable', EXE],
    ['an HTML page', bytes('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')],
    ['an HTML fragment', bytes('  <script>fetch("/graphql")</script>')],
    ['arbitrary XML', bytes('<?xml version="1.0"?><root/>')],
    ['binary with NUL bytes', bytes('hello', [0, 1, 2, 3], 'world')],
    ['invalid UTF-8', bytes([0x48, 0x69, 0xc3, 0x28])],
    ['an empty file', new Uint8Array()],
  ])('refuses %s', (_name, data) => {
    expect(sniffFileType(data)).toBeNull();
  });
});

describe('checkUpload', () => {
  it('refuses a PNG renamed .pdf, naming the file', () => {
    const result = checkUpload('contract.pdf', PNG);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('"contract.pdf"') });
  });

  it('refuses a ZIP claiming to be a Word document', () => {
    expect(checkUpload('report.docx', zipEntry('x.bin')).ok).toBe(false);
  });

  it('uses the extension only to tell CSV from plain text', () => {
    const csv = bytes('name,amount\nAcme,10\n');
    expect(checkUpload('export.csv', csv)).toMatchObject({
      ok: true,
      type: { contentType: 'text/csv; charset=utf-8' },
    });
    expect(checkUpload('export.txt', csv)).toMatchObject({ ok: true, type: { kind: 'text' } });
    expect(checkUpload('export.html', csv).ok).toBe(false);
  });

  it('accepts matching extensions in any case and files without one', () => {
    expect(checkUpload('Photo.JPEG', JPEG).ok).toBe(true);
    expect(checkUpload('scan', PDF)).toMatchObject({ ok: true, type: { kind: 'pdf' } });
  });

  it('narrows to an allowed subset (logos)', () => {
    expect(checkUpload('logo.pdf', PDF, ['png', 'jpeg', 'webp', 'svg'])).toEqual({
      ok: false,
      reason: expect.stringMatching(/not allowed here/),
    });
  });
});
