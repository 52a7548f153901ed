import sharp from 'sharp';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Client } from '../../modules/clients/client.entity';
import { Document } from '../../modules/documents/document.entity';
import { Note } from '../../modules/notes/note.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';
import { TimelineEvent } from '../../modules/timeline/timeline-event.entity';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const NUL = '\u0000';
const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
const CREATE_NOTE = `mutation($input: CreateNoteInput!) { createNote(input: $input) { id } }`;
const CREATE_ENTRY = `mutation($input: CreateTimelineEntryInput!) { createTimelineEntry(input: $input) { id } }`;
const OPEN_TICKET = `mutation($input: OpenTicketInput!) { openTicket(input: $input) { id } }`;
const SEARCH = `query($filter: ClientFilter) { clients(filter: $filter) { nodes { id } } }`;

let server: TestServer;
let ws: TestWorkspace;
let owner: TestClient;
let clientId: string;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Nul');
  owner = await signIn(server, ws.emails.OWNER);
  clientId = (await insertClient(server.dataSource, ws.workspace.id, { name: 'Target' })).id;
});
afterAll(() => server.close());

const count = (entity: EntityTarget<ObjectLiteral>) =>
  server.dataSource.getRepository(entity).countBy({ workspaceId: ws.workspace.id });

/** The operation is refused before anything runs: BAD_USER_INPUT naming the argument path, and no new row. */
async function expectRefused(
  entity: EntityTarget<ObjectLiteral> | null,
  run: () => ReturnType<TestClient['gql']>,
  field: string,
) {
  const before = entity ? await count(entity) : 0;
  const res = await run();
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors?.[0]).toMatchObject({
    message: expect.stringMatching(/must not contain NUL characters/),
    extensions: { code: 'BAD_USER_INPUT', field },
  });
  if (entity) expect(await count(entity)).toBe(before);
}

describe('NUL characters in GraphQL input', () => {
  it('createClient: a variable, a nested field, a list item and a string literal in the document', async () => {
    const input = { name: 'Acme', email: 'acme@example.test' };
    await expectRefused(
      Client,
      () => owner.gql(CREATE_CLIENT, { input: { ...input, name: `Ac${NUL}me` } }),
      'input.name',
    );
    await expectRefused(
      Client,
      () => owner.gql(CREATE_CLIENT, { input: { ...input, address: { city: `Lis${NUL}bon` } } }),
      'input.address.city',
    );
    await expectRefused(
      Client,
      () => owner.gql(CREATE_CLIENT, { input: { ...input, tags: ['ok', `b${NUL}d`] } }),
      'input.tags.1',
    );
    await expectRefused(
      Client,
      () =>
        owner.gql(`mutation($e: String!) { createClient(input: { name: "Ac\\u0000me", email: $e }) { id } }`, {
          e: input.email,
        }),
      'input.name',
    );
    await expectRefused(
      Client,
      () =>
        owner.gql(`mutation($n: String!) { createClient(input: { name: $n, email: "a@example.test" }) { id } }`, {
          n: `x${NUL}`,
        }),
      'input.name',
    );
    // The same input without the NUL is accepted (the check is about NUL only).
    expect((await owner.gql(CREATE_CLIENT, { input })).data?.createClient.id).toEqual(expect.any(String));
  });

  it('createNote body, createTimelineEntry summary, openTicket message', async () => {
    await expectRefused(
      Note,
      () => owner.gql(CREATE_NOTE, { input: { clientId, kind: 'CONTEXT', body: `hello${NUL}` } }),
      'input.body',
    );
    await expectRefused(
      TimelineEvent,
      () =>
        owner.gql(CREATE_ENTRY, {
          input: { clientId, type: 'CALL', summary: `${NUL}call`, occurredAt: new Date().toISOString() },
        }),
      'input.summary',
    );
    await expectRefused(
      Ticket,
      () => owner.gql(OPEN_TICKET, { input: { clientId, subject: 'Help', message: `a${NUL}b` } }),
      'input.message',
    );
  });

  it('the clients search, and an ID argument', async () => {
    await expectRefused(null, () => owner.gql(SEARCH, { filter: { search: `ac${NUL}` } }), 'filter.search');
    await expectRefused(null, () => owner.gql(`{ client(id: "\\u0000") { id } }`), 'id');
  });

  it('a later mutation of the same operation with a NUL stops the earlier one too', async () => {
    const before = await count(Client);
    const res = await owner.gql(
      `mutation($a: CreateClientInput!, $b: CreateClientInput!) {
        first: createClient(input: $a) { id } second: createClient(input: $b) { id } }`,
      { a: { name: 'First', email: 'f@example.test' }, b: { name: `Se${NUL}cond`, email: 's@example.test' } },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await count(Client)).toBe(before);
  });
});

describe('NUL characters in REST input', () => {
  it('a query parameter answers 400 naming it (clients CSV export search)', async () => {
    const res = await fetch(`${server.url}/files/exports/clients.csv?search=ac%00me`, {
      headers: { cookie: owner.cookieHeader() },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', field: 'search', message: expect.stringMatching(/NUL/) },
    });
  });

  it('a path segment answers 400', async () => {
    const res = await fetch(`${server.url}/files/documents/ab%00cd`, { headers: { cookie: owner.cookieHeader() } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'path' });
  });

  it('a multipart file name or field answers 400 naming the part, and stores nothing', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    // Browsers cannot put a NUL in a file name; a hand-made request can, percent-encoded in RFC 5987 `filename*`.
    const send = async (path: string, parts: { name: string; disposition: string; bytes: Buffer }[]) => {
      const boundary = 'nul-boundary-0123456789';
      const body = Buffer.concat([
        ...parts.flatMap((p) => [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.disposition}\r\n\r\n`),
          p.bytes,
          Buffer.from('\r\n'),
        ]),
        Buffer.from(`--${boundary}--\r\n`),
      ]);
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        body,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'x-clientflow-app': 'admin',
          cookie: owner.cookieHeader(),
        },
      });
      return { status: res.status, body: (await res.json()) as { error: Record<string, unknown> } };
    };
    const file = (name: string, fileName: string) => ({
      name,
      disposition: `; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      bytes: png,
    });

    const audits = await count(AuditEvent);
    const logo = await send('/files/workspace-logo', [file('file', `logo${NUL}.png`)]);
    expect(logo.status).toBe(400);
    expect(logo.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await count(AuditEvent)).toBe(audits);

    const docs = await count(Document);
    const named = await send(`/files/clients/${clientId}/documents`, [file('files', `a${NUL}.png`)]);
    expect(named.status).toBe(400);
    expect(named.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'files' });
    const field = await send(`/files/clients/${clientId}/documents`, [
      { name: 'category', disposition: '', bytes: Buffer.from(`OTHER${NUL}`) },
      file('files', 'a.png'),
    ]);
    expect(field.status).toBe(400);
    expect(field.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    expect(await count(Document)).toBe(docs);
    // Without the NUL the same requests succeed (so the refusals above are about the NUL).
    expect((await send('/files/workspace-logo', [file('file', 'logo.png')])).status).toBe(201);
    expect((await send(`/files/clients/${clientId}/documents`, [file('files', 'a.png')])).status).toBe(201);
  });
});
