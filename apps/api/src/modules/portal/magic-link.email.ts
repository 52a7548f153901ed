import { escapeHtml } from '../../platform/lib/html';

export function magicLinkEmail(p: { contactName: string; clientName: string; agencyName: string; link: string }) {
  const subject = `Your sign-in link for ${p.agencyName}`;
  const text = [
    `Hi ${p.contactName},`,
    '',
    `Use this link to open the ${p.clientName} portal at ${p.agencyName}:`,
    p.link,
    '',
    'The link works once and expires in 15 minutes. If you did not ask for it, you can ignore this email.',
  ].join('\n');
  const html = `<p>Hi ${escapeHtml(p.contactName)},</p>
<p>Use this link to open the <strong>${escapeHtml(p.clientName)}</strong> portal at ${escapeHtml(p.agencyName)}:</p>
<p><a href="${escapeHtml(p.link)}">Sign in to your portal</a></p>
<p>The link works once and expires in 15 minutes. If you did not ask for it, you can ignore this email.</p>`;
  return { subject, text, html };
}
