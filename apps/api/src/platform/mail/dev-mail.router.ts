import express, { type Router } from 'express';
import type { MailCatcher } from './mail-catcher';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const linkify = (s: string) => esc(s).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/** The dev mail catcher's pages: /dev/mail (HTML) and /dev/mail/messages.json. */
export function devMailRouter(catcher: MailCatcher): Router {
  const router = express.Router();
  router.get('/messages.json', (_req, res) => res.json(catcher.list()));
  router.delete('/messages', (_req, res) => {
    catcher.clear();
    res.status(204).end();
  });
  router.get('/', (_req, res) => {
    const rows = catcher
      .list()
      .map(
        (
          m,
        ) => `<article><header><strong>${esc(m.subject)}</strong><br/><small>to ${esc(m.to)} · ${esc(m.receivedAt)}</small></header>
<pre>${linkify(m.text)}</pre></article>`,
      )
      .join('\n');
    res.type('html')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"/><meta http-equiv="refresh" content="5"/>
<title>ClientFlow dev mail</title><style>body{font-family:system-ui,sans-serif;max-width:820px;margin:2rem auto;padding:0 1rem}
article{border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Dev mail catcher</h1><p>Mail the API sent in development (newest first; refreshes every 5 s).</p>
${rows || '<p><em>No mail yet. Request a portal sign-in link to see one here.</em></p>'}</body></html>`);
  });
  return router;
}
