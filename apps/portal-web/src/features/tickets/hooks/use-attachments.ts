import { useCallback, useRef, useState } from 'react';
import { MAX_TICKET_ATTACHMENTS } from '@clientflow/domain';
import { UploadError, uploadTicketAttachments } from '../lib/upload-attachments';

/**
 * Files picked for a message. They are uploaded when the message is sent; an upload that worked is kept, so sending
 * again after an unrelated error (say, a blank subject on the server) does not upload the same file twice.
 */
export function useAttachments() {
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  /** Why the files could not be sent (upload refused, or the API refused their ids); shown on the picker. */
  const [error, setError] = useState<string | null>(null);
  const uploaded = useRef(new Map<File, string>());

  const add = useCallback(
    (picked: File[]) => setFiles((current) => [...current, ...picked.filter((f) => !current.includes(f))]),
    [],
  );
  const remove = useCallback((file: File) => {
    uploaded.current.delete(file);
    setFiles((current) => current.filter((f) => f !== file));
  }, []);
  const reset = useCallback(() => {
    uploaded.current.clear();
    setFiles([]);
    setError(null);
  }, []);
  /** The API refused the ids it gave (used, or unknown): say why, and upload again next time. */
  const refused = useCallback((message: string) => {
    uploaded.current.clear();
    setError(message);
  }, []);

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

  /** Before a send: uploads what is missing; on failure shows why on the picker and answers null (do not send). */
  const uploadForSend = useCallback(
    async (describe: (err: unknown) => string): Promise<string[] | null> => {
      setError(null);
      setUploading(true);
      try {
        return await upload();
      } catch (err) {
        setError(err instanceof UploadError ? err.message : describe(err));
        return null;
      } finally {
        setUploading(false);
      }
    },
    [upload],
  );

  return {
    files,
    add,
    remove,
    reset,
    upload,
    uploadForSend,
    refused,
    uploading,
    error,
    tooMany: files.length > MAX_TICKET_ATTACHMENTS,
  };
}

export type Attachments = ReturnType<typeof useAttachments>;
