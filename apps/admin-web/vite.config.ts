import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// 127.0.0.1, not localhost: the API listens on IPv4 loopback and localhost may resolve to ::1 first.
const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;

// Same-origin proxying keeps the httpOnly session cookie first-party.
// xfwd: the API sees each visitor's own address (X-Forwarded-For, trusted from loopback only: TRUST_PROXY).
const proxy = {
  '/graphql': { target: apiTarget, ws: true, changeOrigin: false, xfwd: true },
  '/auth': { target: apiTarget, xfwd: true },
  '/files': { target: apiTarget, xfwd: true },
  '/health': { target: apiTarget, xfwd: true },
  '/playground': { target: apiTarget, xfwd: true },
  '/dev': { target: apiTarget, xfwd: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks stay cached across app deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](core|hooks|notifications|form|store)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
});
