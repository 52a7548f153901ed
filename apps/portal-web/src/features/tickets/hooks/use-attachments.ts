import { useCallback, useRef, useState } from 'react';
import { MAX_TICKET_ATTACHMENTS } from '@clientflow/domain';
import { uploadTicketAttachments } from '../lib/upload-attachments';

/**
 * Files picked for a message. They are uploaded when the message is sent; an upload that worked is kept, so sending
 * again after an unrelated error (say, a blank subject on the server) does not upload the same file twice.
 */
export function useAttachments() {
  const [files, setFiles] = useState<File[]>([]);
  const uploaded = useRef(new Map<File, string>());

  const add = useCallback((picked: File[]) => setFiles((current) => [...current, ...picked.filter((f) => !current.includes(f))]), []);
  const remove = useCallback((file: File) => {
    uploaded.current.delete(file);
    setFiles((current) => current.filter((f) => f !== file));
  }, []);
  const reset = useCallback(() => {
    uploaded.current.clear();
    setFiles([]);
  }, []);
  /** The API no longer takes the ids it gave (used, or unknown): upload again next time. */
  const forgetUploads = useCallback(() => uploaded.current.clear(), []);

  /** Uploads what is not uploaded yet; answers every file's id, in the order picked. */
  const upload = useCallback(async (): Promise<string[]> => {
    const missing = files.filter((f) => !uploaded.current.has(f));
    if (missing.length) {
      const documents = await uploadTicketAttachments(missing);
      missing.forEach((f, i) => {
        const doc = documents[i];
        if (doc) uploaded.current.set(f, doc.id);
      });
    }
    return files.map((f) => uploaded.current.get(f)).filter((id): id is string => Boolean(id));
  }, [files]);

  return { files, add, remove, reset, upload, forgetUploads, tooMany: files.length > MAX_TICKET_ATTACHMENTS };
}

export type Attachments = ReturnType<typeof useAttachments>;
