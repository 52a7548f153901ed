import { DomainError } from '../errors/domain-error';
import { assertValidFileName, contentDisposition, safeFileName } from './file-name';

describe('safeFileName', () => {
  it('keeps only the last path segment and drops control and bidi characters', () => {
    expect(safeFileName('C:\\Users\\ana\\report.pdf')).toBe('report.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('inv\u0000oice\u202Egpj.exe')).toBe('invoicegpj.exe');
    expect(safeFileName('  ...  ')).toBe('file');
  });

  it('shortens long names to 200 characters keeping the extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('assertValidFileName', () => {
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof DomainError ? `${e.code}:${e.field}` : 'other';
    }
    return 'ok';
  };
  it('refuses empty, too long, path separators and control characters', () => {
    expect(fieldOf(() => assertValidFileName('  '))).toBe('BAD_USER_INPUT:name');
    expect(fieldOf(() => assertValidFileName('x'.repeat(201)))).toBe('BAD_USER_INPUT:name');
    expect(fieldOf(() => assertValidFileName('a/b.pdf'))).toBe('BAD_USER_INPUT:name');
    expect(fieldOf(() => assertValidFileName('a\\b.pdf'))).toBe('BAD_USER_INPUT:name');
    expect(fieldOf(() => assertValidFileName('a\nb.pdf'))).toBe('BAD_USER_INPUT:name');
    expect(assertValidFileName('  Proposta final.pdf ')).toBe('Proposta final.pdf');
  });
});

describe('contentDisposition', () => {
  it('escapes quotes and backslashes in the ASCII fallback', () => {
    expect(contentDisposition('my "best" offer.pdf')).toBe(
      `attachment; filename="my _best_ offer.pdf"; filename*=UTF-8''my%20%22best%22%20offer.pdf`,
    );
  });

  it('keeps unicode in filename* and transliterates the fallback', () => {
    expect(contentDisposition('Orçamento São Paulo – 2026.pdf', 'inline')).toBe(
      `inline; filename="Orcamento Sao Paulo _ 2026.pdf"; filename*=UTF-8''Or%C3%A7amento%20S%C3%A3o%20Paulo%20%E2%80%93%202026.pdf`,
    );
  });

  it('never lets a path or a header break through', () => {
    const header = contentDisposition('../../secret\r\nSet-Cookie: x=1.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).not.toContain('../');
    expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^\s"]*$/);
  });
});
