import { escapeHtml } from '../../shared/html';

/** The client is told of a staff reply, with the reply and a link back to the portal thread. */
export function ticketReplyEmail(p: { contactName: string; clientName: string; agencyName: string; subject: string; body: string; link: string }) {
  const subject = `Re: ${p.subject}`;
  const text = [
    `Hi ${p.contactName},`,
    '',
    `${p.agencyName} replied to your ticket "${p.subject}":`,
    '',
    p.body,
    '',
    `Read and answer it in the ${p.clientName} portal:`,
    p.link,
  ].join('\n');
  const html = `<p>Hi ${escapeHtml(p.contactName)},</p>
<p>${escapeHtml(p.agencyName)} replied to your ticket <strong>${escapeHtml(p.subject)}</strong>:</p>
<blockquote style="white-space:pre-wrap">${escapeHtml(p.body)}</blockquote>
<p><a href="${escapeHtml(p.link)}">Open the ticket in the ${escapeHtml(p.clientName)} portal</a></p>`;
  return { subject, text, html };
}
