import { escapeHtml } from '../../platform/lib/html';

/**
 * The client is told of a staff reply (or of a ticket staff opened for them), with the message and a link back to
 * the portal thread.
 */
export function ticketReplyEmail(p: {
  contactName: string;
  clientName: string;
  agencyName: string;
  subject: string;
  body: string;
  link: string;
  opened?: boolean;
}) {
  const subject = p.opened ? p.subject : `Re: ${p.subject}`;
  const lead = p.opened ? 'opened a ticket for you' : 'replied to your ticket';
  const text = [
    `Hi ${p.contactName},`,
    '',
    `${p.agencyName} ${lead} "${p.subject}":`,
    '',
    p.body,
    '',
    `Read and answer it in the ${p.clientName} portal:`,
    p.link,
  ].join('\n');
  const html = `<p>Hi ${escapeHtml(p.contactName)},</p>
<p>${escapeHtml(p.agencyName)} ${lead} <strong>${escapeHtml(p.subject)}</strong>:</p>
<blockquote style="white-space:pre-wrap">${escapeHtml(p.body)}</blockquote>
<p><a href="${escapeHtml(p.link)}">Open the ticket in the ${escapeHtml(p.clientName)} portal</a></p>`;
  return { subject, text, html };
}
