export interface UploadedDocument {
  id: string;
  fileName: string;
  category: string;
  size: number;
  contentType: string;
  downloadUrl: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadOptions {
  category: string;
  /** For a timeline entry about to be created: no DOCUMENT event of its own. */
  timelineAttachment?: boolean;
  /** For a ticket message about to be sent (its id then goes in `attachmentIds`): not listed among the documents. */
  ticketAttachment?: boolean;
  onProgress?: (fraction: number) => void;
  /** POST here instead of the client's documents route (e.g. `/files/deliverables/:id/files`). */
  endpoint?: string;
}

/**
 * Uploads one file with XMLHttpRequest (fetch has no upload progress). One request per file, so each file
 * gets its own progress bar and its own error. The admin header is the CSRF defence the API requires.
 */
export function uploadDocument(clientId: string, file: File, options: UploadOptions): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('category', options.category);
    if (options.timelineAttachment) form.append('timelineAttachment', 'true');
    if (options.ticketAttachment) form.append('ticketAttachment', 'true');
    form.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', options.endpoint ?? `/files/clients/${encodeURIComponent(clientId)}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-clientflow-app', 'admin');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { documents?: UploadedDocument[]; error?: { code?: string; message?: string } } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body?.documents?.[0]) {
        options.onProgress?.(1);
        resolve(body.documents[0]);
        return;
      }
      const message =
        body?.error?.message ?? (xhr.status === 413 ? `"${file.name}" is too large` : `Upload failed (${xhr.status})`);
      reject(new UploadError(message, xhr.status, body?.error?.code ?? null));
    };
    xhr.onerror = () =>
      reject(new UploadError('Cannot reach the server. Check your connection and try again.', 0, null));
    xhr.onabort = () => reject(new UploadError('Upload cancelled', 0, 'ABORTED'));
    xhr.send(form);
  });
}
