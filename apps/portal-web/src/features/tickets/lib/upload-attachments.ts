import { APP_HEADERS } from '../../../app/apollo-client';

export const TICKET_ATTACHMENTS_URL = '/files/portal/ticket-attachments';

export interface UploadedAttachment {
  id: string;
  fileName: string;
}

/** An upload the API refused; its message names the file and the reason. */
export class UploadError extends Error {}

/** `POST /files/portal/ticket-attachments` (multipart `files`): the ids to pass as `attachmentIds`. */
export async function uploadTicketAttachments(files: readonly File[]): Promise<UploadedAttachment[]> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  const res = await fetch(TICKET_ATTACHMENTS_URL, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { ...APP_HEADERS },
  });
  const body = (await res.json().catch(() => ({}))) as {
    documents?: UploadedAttachment[];
    error?: { message?: string };
  };
  if (!res.ok || !body.documents) throw new UploadError(body.error?.message ?? res.statusText);
  return body.documents;
}
