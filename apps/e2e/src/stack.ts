import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4100);
export const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 4173);
export const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 4174);
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const ADMIN_URL = `http://localhost:${ADMIN_PORT}`;
export const PORTAL_URL = `http://localhost:${PORTAL_PORT}`;
export const DATA_DIR = path.join(ROOT, '.data', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
