import { MAX_TICKET_ATTACHMENTS } from '@clientflow/domain';
import { useFileUploads } from '../../documents/lib/use-file-uploads';

/**
 * Files for one ticket message: uploaded at once (staff documents route with `ticketAttachment`), then sent as
 * `attachmentIds`. Dismissing an uploaded file takes it off the message.
 */
export function useTicketAttachments(clientId: string) {
  const { uploads, start, dismiss, clear } = useFileUploads(clientId);
  const attachmentIds = uploads.flatMap((u) => (u.status === 'done' && u.document ? [u.document.id] : []));
  const uploading = uploads.some((u) => u.status === 'uploading');
  const room = MAX_TICKET_ATTACHMENTS - uploads.filter((u) => u.status !== 'error').length;
  const add = async (files: File[]) => {
    if (!files.length) return null;
    if (files.length > room) return `Attach at most ${MAX_TICKET_ATTACHMENTS} files to one message`;
    await start(files, { category: 'OTHER', ticketAttachment: true });
    return null;
  };
  return { uploads, attachmentIds, uploading, add, dismiss, clear };
}
