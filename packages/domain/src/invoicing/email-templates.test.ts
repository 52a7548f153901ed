import { DomainError } from '../errors/domain-error';
import { EMAIL_TEMPLATE_KINDS } from './billing-kinds';
import {
  DEFAULT_EMAIL_TEMPLATES,
  EMAIL_TEMPLATE_PLACEHOLDERS,
  placeholdersIn,
  renderEmailTemplate,
  renderTemplate,
  SAMPLE_TEMPLATE_VALUES,
  validateEmailTemplate,
} from './email-templates';
import { formatCalendarDate } from '../dates/calendar-date';
import { formatMoney } from '../money/money';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return { field: err.field, message: err.message };
    throw err;
  }
  throw new Error('expected a DomainError');
};

describe('email templates', () => {
  it('ships a valid default for every kind, using only its own placeholders, each with a sample value', () => {
    for (const kind of EMAIL_TEMPLATE_KINDS) {
      expect(validateEmailTemplate(kind, DEFAULT_EMAIL_TEMPLATES[kind])).toEqual(DEFAULT_EMAIL_TEMPLATES[kind]);
      for (const p of EMAIL_TEMPLATE_PLACEHOLDERS[kind]) expect(SAMPLE_TEMPLATE_VALUES[p]).toBeDefined();
    }
  });

  it('substitutes placeholders, tolerating inner spaces, and renders missing values empty', () => {
    expect(
      renderTemplate('Hi {{ contact.name }}, {{invoice.number}} / {{invoice.total}}', {
        'contact.name': 'Ana',
        'invoice.number': 'INV-7',
      }),
    ).toBe('Hi Ana, INV-7 / ');
  });

  it('never evaluates anything: values with braces or code are inserted verbatim and not re-expanded', () => {
    const out = renderTemplate('{{client.name}} {{agency.name}}', {
      'client.name': '{{agency.name}} ${process.exit()}',
      'agency.name': 'X',
    });
    expect(out).toBe('{{agency.name}} ${process.exit()} X');
    expect(renderTemplate('{{constructor}} {{__proto__.x}} {{toString}}', {})).toBe(' {{__proto__.x}} ');
  });

  it('keeps a rendered subject on one line even when a value contains line breaks', () => {
    const out = renderEmailTemplate(
      { subject: 'Invoice for {{client.name}}', body: 'Dear {{client.name}}' },
      { 'client.name': 'Acme\r\nBcc: evil@x' },
    );
    expect(out.subject).toBe('Invoice for Acme Bcc: evil@x');
    expect(out.body).toBe('Dear Acme\r\nBcc: evil@x');
  });

  it('refuses unknown placeholders on save, naming the field and the placeholder', () => {
    expect(
      fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'Invoice {{invoice.numbr}}', body: 'ok' })),
    ).toMatchObject({
      field: 'subject',
      message: expect.stringContaining('{{invoice.numbr}}'),
    });
    // A quote email has no invoice to talk about.
    expect(
      fieldOf(() => validateEmailTemplate('QUOTE', { subject: 'Quote', body: 'Pay {{invoice.balance}}' })),
    ).toMatchObject({
      field: 'body',
      message: expect.stringContaining('{{invoice.balance}}'),
    });
    expect(validateEmailTemplate('RECEIPT', { subject: 'Thanks', body: 'Got {{payment.amount}}' }).body).toBe(
      'Got {{payment.amount}}',
    );
  });

  it('refuses malformed placeholders, empty or multi-line subjects and oversize texts', () => {
    expect(
      fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'ok', body: 'Hi {{ client name }}' })),
    ).toMatchObject({ field: 'body' });
    expect(fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'ok', body: 'Hi {{client.name' }))).toMatchObject({
      field: 'body',
    });
    expect(fieldOf(() => validateEmailTemplate('INVOICE', { subject: '  ', body: 'x' }))).toMatchObject({
      field: 'subject',
    });
    expect(fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'a\nb', body: 'x' }))).toMatchObject({
      field: 'subject',
    });
    expect(fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'x'.repeat(201), body: 'x' }))).toMatchObject({
      field: 'subject',
    });
    expect(fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'x', body: '' }))).toMatchObject({
      field: 'body',
    });
    expect(fieldOf(() => validateEmailTemplate('INVOICE', { subject: 'x', body: 'y'.repeat(10_001) }))).toMatchObject({
      field: 'body',
    });
  });

  it('normalises line endings and trims on save', () => {
    expect(validateEmailTemplate('INVOICE', { subject: '  Hi  ', body: '\r\nA\r\nB\n' })).toEqual({
      subject: 'Hi',
      body: 'A\nB',
    });
  });

  it('lists the placeholders a text uses', () => {
    expect(placeholdersIn('{{a.b}} {{ c }} {{a.b}}')).toEqual(['a.b', 'c']);
  });
});

describe('money and date formatting', () => {
  it('formats minor units in the currency decimals and the locale', () => {
    expect(formatMoney(123_456, { locale: 'en-US', currency: 'USD' })).toBe('$1,234.56');
    expect(formatMoney(1234, { locale: 'en-US', currency: 'JPY' })).toBe('¥1,234');
    expect(formatMoney(123_456, { locale: 'pt-BR', currency: 'BRL' }).replace(/\s/g, ' ')).toBe('R$ 1.234,56');
  });

  it('formats calendar dates without shifting them by a time zone', () => {
    expect(formatCalendarDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(formatCalendarDate(null, 'en-US')).toBe('');
  });
});
