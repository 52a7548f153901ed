import { PORTAL_LOCALES, type PortalLocale } from '@clientflow/domain';
import { escapeHtml } from '../lib/html';

/** The languages every email is written in (the portal's: English, Portuguese, Spanish, French). */
export type EmailLocale = PortalLocale;
export const EMAIL_LOCALES = PORTAL_LOCALES;

/** A known language, else English (`pt-BR` → `pt`). */
export function emailLocaleOf(value: string | null | undefined): EmailLocale {
  const base = (value ?? '').toLowerCase().split(/[-_]/)[0];
  return (EMAIL_LOCALES as readonly string[]).includes(base) ? (base as EmailLocale) : 'en';
}

/** One email in one language: plain paragraphs and at most one call-to-action link. */
export interface EmailCopy {
  subject: string;
  greeting: string;
  /** Paragraphs before the button. */
  intro: string[];
  action?: { label: string; url: string };
  /** Paragraphs after the button (expiry, "ignore this if…"). */
  outro?: string[];
}

/** Every language of one email; `LocalizedEmail<P>` makes a missing translation a compile error. */
export type LocalizedEmail<P> = Record<EmailLocale, (params: P) => EmailCopy>;

/** Renders the email in the recipient's language as text and HTML (every interpolated value escaped). */
export function renderLocalizedEmail<P>(
  email: LocalizedEmail<P>,
  locale: string | null | undefined,
  params: P,
): { subject: string; text: string; html: string; locale: EmailLocale } {
  const lang = emailLocaleOf(locale);
  const copy = email[lang](params);
  const text = [
    copy.greeting,
    '',
    ...copy.intro.flatMap((p) => [p, '']),
    ...(copy.action ? [`${copy.action.label}: ${copy.action.url}`, ''] : []),
    ...(copy.outro ?? []).flatMap((p) => [p, '']),
  ]
    .join('\n')
    .trimEnd();
  const paragraph = (p: string) => `<p>${escapeHtml(p)}</p>`;
  const button = copy.action
    ? `<p><a href="${escapeHtml(copy.action.url)}" style="display:inline-block;padding:10px 18px;background:#228be6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(copy.action.label)}</a></p>
<p style="color:#868e96;font-size:12px">${escapeHtml(copy.action.url)}</p>`
    : '';
  const html = [
    `<div lang="${lang}">`,
    paragraph(copy.greeting),
    ...copy.intro.map(paragraph),
    button,
    ...(copy.outro ?? []).map(paragraph),
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
  return { subject: copy.subject, text, html, locale: lang };
}
