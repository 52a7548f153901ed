import { escapeHtml } from '../../platform/lib/html';

export function portalInvitationEmail(p: {
  contactName: string;
  clientName: string;
  agencyName: string;
  link: string;
  ttlHours: number;
}) {
  const lasts = p.ttlHours % 24 === 0 ? `${p.ttlHours / 24} day${p.ttlHours === 24 ? '' : 's'}` : `${p.ttlHours} hours`;
  const subject = `${p.agencyName} invited you to the ${p.clientName} portal`;
  const text = [
    `Hi ${p.contactName},`,
    '',
    `${p.agencyName} invited you to the ${p.clientName} client portal, where you can follow projects, documents and invoices.`,
    'Open this link to sign in (no password needed):',
    p.link,
    '',
    `The link works once and expires in ${lasts}. Afterwards, sign in from the portal with your email address.`,
  ].join('\n');
  const html = `<p>Hi ${escapeHtml(p.contactName)},</p>
<p>${escapeHtml(p.agencyName)} invited you to the <strong>${escapeHtml(p.clientName)}</strong> client portal, where you can follow projects, documents and invoices.</p>
<p><a href="${escapeHtml(p.link)}">Accept the invitation</a></p>
<p>The link works once and expires in ${lasts}. Afterwards, sign in from the portal with your email address.</p>`;
  return { subject, text, html };
}
