import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Document } from './document.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import type { TestClient } from '../../../test/harness';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import type { FileStorage } from '../../platform/storage/file-storage';
import { PDF, portalSession, seedPortalClient } from '../portal/portal-content.test-kit';

/**
 * The file storage failing during an upload (a write that breaks half-way, a full disk, a permission error): the
 * caller gets a clear JSON error, no row is left, and no byte of the file remains or is served.
 */
let server: TestServer;
let ws: TestWorkspace;
let dataDir: string;
let owner: TestClient;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-storage-fail-'));
  server = await startTestServer({ dataDir, maxUploadMb: 1 });
  ws = await createWorkspace(server.dataSource, 'Storage');
  owner = await signIn(server, ws.emails.OWNER);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

const BIG_PDF = Buffer.concat([PDF, Buffer.alloc(300_000, 0x20)]);

/** Every file under the storage root, temp files included. */
const storedFiles = () => {
  const root = path.join(dataDir, 'files');
  return fs.existsSync(root)
    ? fs
        .readdirSync(root, { recursive: true })
        .map(String)
        .filter((f) => fs.statSync(path.join(root, f)).isFile())
    : [];
};

/** The real disk storage, fed a stream that delivers half of the bytes and then fails (a broken write). */
function breakWritesHalfWay(afterGoodPuts = 0) {
  const storage = server.app.services.storage;
  const realPut = storage.put.bind(storage);
  let puts = 0;
  return jest.spyOn(storage, 'put').mockImplementation(async (key, data, meta) => {
    if (puts++ < afterGoodPuts) return realPut(key, data, meta);
    const bytes = data as Buffer;
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    const stream = new Readable({
      read() {
        this.push(half);
        this.destroy(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
      },
    });
    return realPut(key, stream, meta);
  });
}

/** A storage that refuses outright, as a full disk or a read-only volume does. */
function failWith(code: 'ENOSPC' | 'EACCES') {
  const storage: FileStorage = server.app.services.storage;
  return jest.spyOn(storage, 'put').mockRejectedValue(Object.assign(new Error(`${code}: failed`), { code }));
}

async function staffUpload(clientId: string, files: { name: string; bytes: Buffer }[]) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.bytes)]), f.name);
  const res = await fetch(`${server.url}/files/clients/${clientId}/documents`, {
    method: 'POST',
    body: form,
    headers: { 'x-clientflow-app': 'admin', cookie: owner.cookieHeader() },
  });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
}

async function portalUpload(caller: TestClient, name: string, bytes: Buffer) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${server.url}/files/portal/documents`, {
    method: 'POST',
    body: form,
    headers: { 'x-clientflow-app': 'portal', cookie: caller.cookieHeader() },
  });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
}

const rowsOf = (clientId: string) => server.dataSource.getRepository(Document).countBy({ clientId });
const documentEventsOf = (clientId: string) =>
  server.dataSource.getRepository(TimelineEvent).countBy({ clientId, type: 'DOCUMENT' });

function expectClearStorageError(res: { status: number; type: string | null; body: any }) {
  expect(res.status).toBe(503);
  expect(res.type).toMatch(/application\/json/);
  expect(res.body.error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', field: 'files' });
  expect(res.body.error.message).toMatch(/could not be stored.*nothing was saved/i);
  expect(JSON.stringify(res.body)).not.toMatch(/EIO|ENOSPC|EACCES|\/tmp|node_modules/);
}

describe('staff document upload when the storage fails', () => {
  it('a write that breaks half-way: clear error, no row, no event, no partial file', async () => {
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const before = storedFiles();
    breakWritesHalfWay();
    const res = await staffUpload(client.id, [{ name: 'contract.pdf', bytes: BIG_PDF }]);
    expectClearStorageError(res);
    expect(await rowsOf(client.id)).toBe(0);
    expect(await documentEventsOf(client.id)).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it('the second of two files failing removes the first one already stored', async () => {
    const client = await insertClient(server.dataSource, ws.workspace.id);
    const before = storedFiles();
    breakWritesHalfWay(1);
    const res = await staffUpload(client.id, [
      { name: 'one.pdf', bytes: BIG_PDF },
      { name: 'two.pdf', bytes: BIG_PDF },
    ]);
    expectClearStorageError(res);
    expect(await rowsOf(client.id)).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it.each(['ENOSPC', 'EACCES'] as const)('%s: clear error and nothing saved; the next upload works', async (code) => {
    const client = await insertClient(server.dataSource, ws.workspace.id);
    failWith(code);
    expectClearStorageError(await staffUpload(client.id, [{ name: 'brief.pdf', bytes: PDF }]));
    expect(await rowsOf(client.id)).toBe(0);
    jest.restoreAllMocks();
    const ok = await staffUpload(client.id, [{ name: 'brief.pdf', bytes: PDF }]);
    expect(ok.status).toBe(201);
    const download = await fetch(`${server.url}${ok.body.documents[0].downloadUrl}`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
  });
});

describe('portal upload when the storage fails', () => {
  it('a write that breaks half-way: clear error, nothing listed for the portal or the agency, no partial file', async () => {
    const seed = await seedPortalClient(server, ws.workspace.id);
    const portal = await portalSession(server, seed.contact);
    const rowsBefore = await rowsOf(seed.client.id);
    const before = storedFiles();
    breakWritesHalfWay();
    const res = await portalUpload(portal, 'signed.pdf', BIG_PDF);
    expectClearStorageError(res);
    expect(await rowsOf(seed.client.id)).toBe(rowsBefore);
    expect(storedFiles()).toEqual(before);
    const listed = await portal.gql(`query { portalDocuments { fileName } }`);
    expect(JSON.stringify(listed.data ?? {})).not.toContain('signed.pdf');
  });
});
