import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// 127.0.0.1, not localhost: the API listens on IPv4 loopback and localhost may resolve to ::1 first.
const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

// Same origin as the API so the httpOnly portal session cookie stays first-party.
// `/auth/continue` is the SPA's magic-link landing page, so it must not be proxied.
// xfwd: the API sees each visitor's own address (X-Forwarded-For, trusted from loopback only: TRUST_PROXY).
const proxy = {
  '/graphql': { target: apiTarget, ws: true, xfwd: true },
  '^/auth/(?!continue(?:[/?#]|$))': { target: apiTarget, xfwd: true },
  '/files': { target: apiTarget, xfwd: true },
  '/health': { target: apiTarget, xfwd: true },
  '/dev': { target: apiTarget, xfwd: true },
  // The local payment stand-in's hosted page (only served when no Stripe keys are set).
  '/payments': { target: apiTarget, xfwd: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5174, strictPort: true, proxy },
  preview: { port: 5174, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: true },
});
