/** The logo endpoints (REST: multipart upload). Same origin as the SPA; the dev server proxies /files to the API. */
const APP_HEADER = { 'x-clientflow-app': 'admin' };

export const LOGO_MAX_BYTES = 5 * 1024 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'];

export class LogoRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

async function failure(res: Response): Promise<LogoRequestError> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const message = body?.error?.message;
  if (message) return new LogoRequestError(message, body?.error?.code ?? null);
  if (res.status === 401) return new LogoRequestError('Your session has ended. Sign in again.', 'UNAUTHENTICATED');
  if (res.status === 403) return new LogoRequestError('Your role cannot change this logo.', 'FORBIDDEN');
  if (res.status === 413) return new LogoRequestError('The image is too large.', 'BAD_USER_INPUT');
  return new LogoRequestError(`The server answered ${res.status}. Try again in a moment.`, null);
}

async function send(input: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, { ...init, credentials: 'include', headers: { ...APP_HEADER, ...init.headers } });
  } catch {
    throw new LogoRequestError('Cannot reach the server. Check your connection and try again.', null);
  }
}

export async function uploadClientLogo(clientId: string, file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  const res = await send(`/files/clients/${encodeURIComponent(clientId)}/logo`, { method: 'POST', body });
  if (!res.ok) throw await failure(res);
  const json = (await res.json()) as { logoUrl: string };
  return json.logoUrl;
}

export async function removeClientLogo(clientId: string): Promise<void> {
  const res = await send(`/files/clients/${encodeURIComponent(clientId)}/logo`, { method: 'DELETE' });
  if (!res.ok) throw await failure(res);
}
