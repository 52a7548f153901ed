import { useCallback, useState } from 'react';
import { uploadDocument, type UploadedDocument, type UploadOptions } from './upload-documents';

export interface FileUpload {
  key: string;
  name: string;
  size: number;
  progress: number;
  status: 'uploading' | 'done' | 'error';
  error?: string;
  document?: UploadedDocument;
}

let seq = 0;

/** Uploads files one request each, tracking progress and errors per file. */
export function useFileUploads(clientId: string) {
  const [uploads, setUploads] = useState<FileUpload[]>([]);
  const patch = (key: string, change: Partial<FileUpload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const start = useCallback(
    async (files: File[], options: Omit<UploadOptions, 'onProgress'>): Promise<UploadedDocument[]> => {
      const items = files.map((f) => ({ file: f, key: `u${++seq}` }));
      setUploads((list) => [
        ...list,
        ...items.map(({ file, key }) => ({
          key,
          name: file.name,
          size: file.size,
          progress: 0,
          status: 'uploading' as const,
        })),
      ]);
      const results = await Promise.all(
        items.map(async ({ file, key }) => {
          try {
            const document = await uploadDocument(clientId, file, {
              ...options,
              onProgress: (p) => patch(key, { progress: p }),
            });
            patch(key, { status: 'done', progress: 1, document });
            return document;
          } catch (err) {
            patch(key, { status: 'error', error: (err as Error).message });
            return null;
          }
        }),
      );
      return results.filter((d): d is UploadedDocument => d !== null);
    },
    [clientId],
  );

  const dismiss = (key: string) => setUploads((list) => list.filter((u) => u.key !== key));
  const clear = () => setUploads([]);
  return { uploads, start, dismiss, clear };
}
