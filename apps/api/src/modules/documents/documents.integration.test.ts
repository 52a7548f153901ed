import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Document } from './document.entity';
import type { TestClient } from '../../../test/harness';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const DOCS = `query($c: ID!, $cat: DocumentCategory) { clientDocuments(clientId: $c, category: $cat) { id fileName category size contentType checksum downloadUrl timelineEventId uploadedBy { name } } }`;
const RENAME = `mutation($id: ID!, $n: String!) { renameDocument(id: $id, name: $n) { id fileName } }`;
const SET_CATEGORY = `mutation($id: ID!, $c: DocumentCategory!) { setDocumentCategory(id: $id, category: $c) { id category } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;
const FEED = `query($c: ID!) { clientTimeline(clientId: $c) { nodes { type summary attachments { fileName } } } }`;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const CSV = Buffer.from('name,amount\nAcme,10\n');

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-files-'));
  server = await startTestServer({ dataDir, maxUploadMb: 1 });
  a = await createWorkspace(server.dataSource, 'Alpha');
  b = await createWorkspace(server.dataSource, 'Beta');
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Part = { name: string; bytes: Buffer };
async function upload(
  caller: TestClient | null,
  clientId: string,
  files: Part[],
  fields: Record<string, string> = {},
  headers: Record<string, string> = { 'x-clientflow-app': 'admin' },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  const res = await fetch(`${server.url}/files/clients/${clientId}/documents`, {
    method: 'POST',
    body: form,
    headers: { ...headers, cookie: caller?.cookieHeader() ?? '' },
  });
  return { status: res.status, body: (await res.json()) as any };
}

const storedFiles = () => {
  const root = path.join(dataDir, 'files');
  return fs.existsSync(root)
    ? fs.readdirSync(root, { recursive: true }).filter((f) => fs.statSync(path.join(root, String(f))).isFile())
    : [];
};

describe('document upload', () => {
  it('stores several files in one request with sniffed types, checksums and one DOCUMENT event', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const res = await upload(
      owner,
      client.id,
      [
        { name: 'Contrato São Paulo.pdf', bytes: PDF },
        { name: 'export.csv', bytes: CSV },
      ],
      { category: 'CONTRACT' },
    );
    expect(res.status).toBe(201);
    expect(res.body.documents.map((d: { contentType: string }) => d.contentType)).toEqual([
      'application/pdf',
      'text/csv; charset=utf-8',
    ]);

    const docs = (await owner.gql(DOCS, { c: client.id })).data.clientDocuments;
    expect(docs).toHaveLength(2);
    const pdf = docs.find((d: { fileName: string }) => d.fileName === 'Contrato São Paulo.pdf');
    expect(pdf).toMatchObject({ category: 'CONTRACT', size: PDF.length, uploadedBy: { name: a.users.OWNER.name } });
    expect(pdf.checksum).toMatch(/^[0-9a-f]{64}$/);
    const row = await server.dataSource.getRepository(Document).findOneByOrFail({ id: pdf.id });
    expect(row.storageKey).not.toContain('Contrato');

    const feed = (await owner.gql(FEED, { c: client.id })).data.clientTimeline.nodes;
    expect(feed).toEqual([
      {
        type: 'DOCUMENT',
        summary: 'Uploaded 2 documents',
        attachments: expect.arrayContaining([{ fileName: 'export.csv' }]),
      },
    ]);
    expect(
      (await server.dataSource.getRepository(Client).findOneByOrFail({ id: client.id })).lastActivityAt,
    ).not.toBeNull();
  });

  it('refuses a lying extension or unknown bytes with a 400 naming the file, storing nothing', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const before = storedFiles().length;
    const lying = await upload(owner, client.id, [
      { name: 'ok.pdf', bytes: PDF },
      { name: 'invoice.pdf', bytes: PNG_HEADER },
    ]);
    expect(lying.status).toBe(400);
    expect(lying.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'files',
      message: expect.stringContaining('"invoice.pdf"'),
    });
    const exe = await upload(owner, client.id, [
      { name: 'setup.txt', bytes: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00') },
    ]);
    expect(exe.status).toBe(400);
    expect(exe.body.error.message).toContain('"setup.txt"');
    const html = await upload(owner, client.id, [
      { name: 'page.txt', bytes: Buffer.from('<!doctype html><script>alert(1)</script>') },
    ]);
    expect(html.status).toBe(400);
    expect(storedFiles().length).toBe(before);
    expect((await owner.gql(DOCS, { c: client.id })).data.clientDocuments).toHaveLength(0);
  });

  it('stores SVG only sanitised', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><circle r="3"/></svg>',
    );
    const res = await upload(owner, client.id, [{ name: 'icon.svg', bytes: svg }], { category: 'BRANDING' });
    expect(res.status).toBe(201);
    const file = await fetch(`${server.url}/files/documents/${res.body.documents[0].id}`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(file.headers.get('content-type')).toBe('image/svg+xml');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(await file.text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>');
  });

  it('answers 413 for a file over MAX_UPLOAD_MB and 400 for a bad category', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload(owner, client.id, [{ name: 'huge.pdf', bytes: big }]);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('"huge.pdf"') });
    const cat = await upload(owner, client.id, [{ name: 'a.pdf', bytes: PDF }], { category: 'SECRET' });
    expect(cat).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'category' } } });
  });

  it('removes stored files when the transaction fails', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const before = storedFiles().length;
    const timeline = server.app.services.timeline;
    const original = timeline.record.bind(timeline);
    timeline.record = async () => {
      throw new Error('database went away');
    };
    try {
      const res = await upload(owner, client.id, [
        { name: 'a.pdf', bytes: PDF },
        { name: 'b.pdf', bytes: PDF },
      ]);
      expect(res.status).toBe(500);
    } finally {
      timeline.record = original;
    }
    expect(storedFiles().length).toBe(before);
    expect(await server.dataSource.getRepository(Document).countBy({ clientId: client.id })).toBe(0);
  });

  it('requires the admin header, a session and a client in scope', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    expect((await upload(owner, client.id, [{ name: 'a.pdf', bytes: PDF }], {}, {})).body.error.code).toBe(
      'BAD_REQUEST',
    );
    expect((await upload(owner, client.id, [{ name: 'a.pdf', bytes: PDF }], {}, {})).status).toBe(400);
    expect((await upload(null, client.id, [{ name: 'a.pdf', bytes: PDF }])).status).toBe(401);
    const member = await signIn(server, a.emails.MEMBER);
    expect((await upload(member, client.id, [{ name: 'a.pdf', bytes: PDF }])).status).toBe(404);
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await upload(ownerB, client.id, [{ name: 'a.pdf', bytes: PDF }])).status).toBe(404);
    expect((await upload(owner, 'not-a-uuid', [{ name: 'a.pdf', bytes: PDF }])).status).toBe(404);
  });
});

describe('document download and changes', () => {
  let client: Client;
  let owner: TestClient;
  let docId: string;
  beforeAll(async () => {
    client = await insertClient(server.dataSource, a.workspace.id);
    owner = await signIn(server, a.emails.OWNER);
    docId = (await upload(owner, client.id, [{ name: 'Proposta "final".pdf', bytes: PDF }], { category: 'PROPOSAL' }))
      .body.documents[0].id;
  });

  it('streams the bytes with safe headers', async () => {
    const res = await fetch(`${server.url}/files/documents/${docId}`, { headers: { cookie: owner.cookieHeader() } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Proposta _final_.pdf"; filename*=UTF-8''Proposta%20%22final%22.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const inline = await fetch(`${server.url}/files/documents/${docId}?inline=1`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(inline.headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('scopes downloads: anonymous 401, workspace B and unmanaged MEMBER 404, portal only portal-visible', async () => {
    expect((await fetch(`${server.url}/files/documents/${docId}`)).status).toBe(401);
    const ownerB = await signIn(server, b.emails.OWNER);
    expect(
      (await fetch(`${server.url}/files/documents/${docId}`, { headers: { cookie: ownerB.cookieHeader() } })).status,
    ).toBe(404);
    const member = await signIn(server, a.emails.MEMBER);
    expect(
      (await fetch(`${server.url}/files/documents/${docId}`, { headers: { cookie: member.cookieHeader() } })).status,
    ).toBe(404);
    const contact = await server.dataSource
      .getRepository(Contact)
      .save(
        server.dataSource
          .getRepository(Contact)
          .create({ workspaceId: a.workspace.id, clientId: client.id, name: 'P', portalAccess: true }),
      );
    const cookie = `cf_portal=${await server.app.services.tokens.sign({ kind: 'portal', sub: contact.id, cid: client.id, ws: a.workspace.id })}`;
    expect((await fetch(`${server.url}/files/documents/${docId}`, { headers: { cookie } })).status).toBe(404);
    await server.dataSource.getRepository(Document).update({ id: docId }, { portalVisible: true });
    expect((await fetch(`${server.url}/files/documents/${docId}`, { headers: { cookie } })).status).toBe(200);
    await server.dataSource.getRepository(Document).update({ id: docId }, { portalVisible: false });
  });

  it('renames with validation and changes the category; B cannot', async () => {
    for (const bad of ['', ' ', 'a/b.pdf', 'x'.repeat(201), 'tab\there']) {
      const res = await owner.gql(RENAME, { id: docId, n: bad });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    expect((await owner.gql(RENAME, { id: docId, n: '  Proposal v2.pdf ' })).data.renameDocument.fileName).toBe(
      'Proposal v2.pdf',
    );
    expect((await owner.gql(SET_CATEGORY, { id: docId, c: 'CONTRACT' })).data.setDocumentCategory.category).toBe(
      'CONTRACT',
    );
    expect((await owner.gql(DOCS, { c: client.id, cat: 'PROPOSAL' })).data.clientDocuments).toHaveLength(0);
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await ownerB.gql(DOCS, { c: client.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.gql(RENAME, { id: docId, n: 'x.pdf' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.gql(SET_CATEGORY, { id: docId, c: 'OTHER' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.gql(DELETE, { id: docId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const member = await signIn(server, a.emails.MEMBER);
    expect((await member.gql(RENAME, { id: docId, n: 'x.pdf' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('deletes the row and the stored file', async () => {
    const row = await server.dataSource.getRepository(Document).findOneByOrFail({ id: docId });
    const file = path.join(dataDir, 'files', ...row.storageKey.split('/'));
    expect(fs.existsSync(file)).toBe(true);
    expect((await owner.gql(DELETE, { id: docId })).data.deleteDocument).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
    expect(
      (await fetch(`${server.url}/files/documents/${docId}`, { headers: { cookie: owner.cookieHeader() } })).status,
    ).toBe(404);
  });

  it('attaches uploaded files to a new timeline entry', async () => {
    const up = await upload(owner, client.id, [{ name: 'minutes.txt', bytes: Buffer.from('We agreed.\n') }], {
      timelineAttachment: 'true',
    });
    const id = up.body.documents[0].id;
    const res = await owner.gql(
      `mutation($i: CreateTimelineEntryInput!) { createTimelineEntry(input: $i) { id attachments { id fileName } } }`,
      {
        i: {
          clientId: client.id,
          type: 'MEETING',
          occurredAt: new Date().toISOString(),
          summary: 'Kick-off',
          attachmentIds: [id],
        },
      },
    );
    expect(res.data.createTimelineEntry.attachments).toEqual([{ id, fileName: 'minutes.txt' }]);
    const again = await owner.gql(`mutation($i: CreateTimelineEntryInput!) { createTimelineEntry(input: $i) { id } }`, {
      i: { clientId: client.id, type: 'CALL', occurredAt: new Date().toISOString(), summary: 'x', attachmentIds: [id] },
    });
    expect(again.errors?.[0].extensions?.field).toBe('attachmentIds');
  });
});

describe('client logo', () => {
  const postLogo = (
    caller: TestClient | null,
    clientId: string,
    bytes: Buffer,
    name: string,
    headers: Record<string, string> = { 'x-clientflow-app': 'admin' },
  ) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${server.url}/files/clients/${clientId}/logo`, {
      method: 'POST',
      body: form,
      headers: { ...headers, cookie: caller?.cookieHeader() ?? '' },
    });
  };

  it('resizes a PNG to fit 256×256 and serves it with cache headers', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3366ff' } })
      .png()
      .toBuffer();
    const res = await postLogo(owner, client.id, png, 'logo.png');
    expect(res.status).toBe(200);
    const { logoUrl } = (await res.json()) as { logoUrl: string };
    expect(logoUrl).toMatch(new RegExp(`^/files/clients/${client.id}/logo\\?v=\\d+$`));
    const img = await fetch(`${server.url}${logoUrl}`, { headers: { cookie: owner.cookieHeader() } });
    expect(img.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(img.headers.get('x-content-type-options')).toBe('nosniff');
    expect(img.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const meta = await sharp(Buffer.from(await img.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 256, 128]);
    const stale = await fetch(`${server.url}/files/clients/${client.id}/logo?v=1`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(stale.headers.get('cache-control')).toBe('private, no-cache');

    const del = await fetch(`${server.url}/files/clients/${client.id}/logo`, {
      method: 'DELETE',
      headers: { 'x-clientflow-app': 'admin', cookie: owner.cookieHeader() },
    });
    expect(del.status).toBe(204);
    expect((await fetch(`${server.url}${logoUrl}`, { headers: { cookie: owner.cookieHeader() } })).status).toBe(404);
  });

  it('sanitises SVG logos: scripts and event handlers are gone', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4" fill="red"/></svg>',
    );
    const res = await postLogo(owner, client.id, svg, 'logo.svg');
    expect(res.status).toBe(200);
    const { logoUrl } = (await res.json()) as { logoUrl: string };
    const img = await fetch(`${server.url}${logoUrl}`, { headers: { cookie: owner.cookieHeader() } });
    expect(img.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await img.text();
    expect(text).not.toMatch(/script|onload/);
    expect(text).toContain('<rect width="4" height="4" fill="red"/>');
  });

  it('refuses other types, big files, missing header, other roles scope and workspace B', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    expect((await postLogo(owner, client.id, PDF, 'logo.pdf')).status).toBe(400);
    expect(
      (await postLogo(owner, client.id, Buffer.concat([PNG_HEADER, Buffer.alloc(2 * 1024 * 1024)]), 'big.png')).status,
    ).toBe(413);
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await postLogo(owner, client.id, png, 'a.png', {})).status).toBe(400);
    expect((await postLogo(null, client.id, png, 'a.png')).status).toBe(401);
    const member = await signIn(server, a.emails.MEMBER);
    expect((await postLogo(member, client.id, png, 'a.png')).status).toBe(404);
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await postLogo(ownerB, client.id, png, 'a.png')).status).toBe(404);
    expect(
      (
        await fetch(`${server.url}/files/clients/${client.id}/logo`, {
          method: 'DELETE',
          headers: { 'x-clientflow-app': 'admin', cookie: ownerB.cookieHeader() },
        })
      ).status,
    ).toBe(404);
    expect((await postLogo(owner, client.id, png, 'a.png')).status).toBe(200);
    expect(
      (await fetch(`${server.url}/files/clients/${client.id}/logo`, { headers: { cookie: ownerB.cookieHeader() } }))
        .status,
    ).toBe(404);
    expect((await fetch(`${server.url}/files/clients/${client.id}/logo`)).status).toBe(401);
  });
});
