/** The workspace logo endpoints (REST: multipart). Same origin as the SPA; the dev server proxies /files to the API. */
const APP_HEADER = { 'x-clientflow-app': 'admin' };

export const WORKSPACE_LOGO_MAX_BYTES = 1024 * 1024;
export const WORKSPACE_LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'];

export interface UploadedLogo {
  logoUrl: string;
  contentType: string;
  width: number | null;
  height: number | null;
}

export class WorkspaceLogoError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

async function failure(res: Response): Promise<WorkspaceLogoError> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const message = body?.error?.message;
  if (message) return new WorkspaceLogoError(message, body?.error?.code ?? null);
  if (res.status === 401) return new WorkspaceLogoError('Your session has ended. Sign in again.', 'UNAUTHENTICATED');
  if (res.status === 403) return new WorkspaceLogoError('Your role cannot change the logo.', 'FORBIDDEN');
  if (res.status === 413) return new WorkspaceLogoError('The image is larger than 1 MB.', 'PAYLOAD_TOO_LARGE');
  return new WorkspaceLogoError(`The server answered ${res.status}. Try again in a moment.`, null);
}

async function send(init: RequestInit): Promise<Response> {
  try {
    return await fetch('/files/workspace-logo', {
      ...init,
      credentials: 'include',
      headers: { ...APP_HEADER, ...init.headers },
    });
  } catch {
    throw new WorkspaceLogoError('Cannot reach the server. Check your connection and try again.', null);
  }
}

export async function uploadWorkspaceLogo(file: File): Promise<UploadedLogo> {
  const body = new FormData();
  body.append('file', file);
  const res = await send({ method: 'POST', body });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as UploadedLogo;
}

export async function removeWorkspaceLogo(): Promise<void> {
  const res = await send({ method: 'DELETE' });
  if (!res.ok) throw await failure(res);
}
