import { Contact } from '../clients/contact.entity';
import {
  createWorkspace,
  insertClient,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const NOTES = `query($c: ID!, $k: NoteKind) { clientNotes(clientId: $c, kind: $k) { id kind body date important pinned author { name } } }`;
const PINNED = `query($c: ID!) { pinnedNotes(clientId: $c) { id kind body } }`;
const CREATE = `mutation($i: CreateNoteInput!) { createNote(input: $i) { id kind body date important pinned } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateNoteInput!) { updateNote(id: $id, input: $i) { id kind body date important pinned } }`;
const DELETE = `mutation($id: ID!) { deleteNote(id: $id) }`;
const FEED = `query($c: ID!) { clientTimeline(clientId: $c) { nodes { id type summary body isManual canEdit } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Alpha');
  b = await createWorkspace(server.dataSource, 'Beta');
});
afterAll(() => server.close());

describe('notes', () => {
  it('creates, lists, filters, edits and deletes notes, keeping the NOTE timeline event in step', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const created = await owner.gql(CREATE, {
      i: { clientId: client.id, kind: 'DECISION', body: 'Go with plan B\nbudget is tight', date: '2026-02-28' },
    });
    expect(created.errors).toBeUndefined();
    const note = created.data.createNote;
    expect(note).toMatchObject({ kind: 'DECISION', date: '2026-02-28', important: false, pinned: false });

    const feed = (await owner.gql(FEED, { c: client.id })).data.clientTimeline.nodes;
    expect(feed).toEqual([
      {
        id: expect.any(String),
        type: 'NOTE',
        summary: 'Decision note: Go with plan B',
        body: null,
        isManual: false,
        canEdit: false,
      },
    ]);

    await owner.gql(CREATE, { i: { clientId: client.id, kind: 'PREFERENCE', body: 'Prefers calls on Friday' } });
    expect((await owner.gql(NOTES, { c: client.id })).data.clientNotes.map((n: { kind: string }) => n.kind)).toEqual([
      'PREFERENCE',
      'DECISION',
    ]);
    expect((await owner.gql(NOTES, { c: client.id, k: 'DECISION' })).data.clientNotes).toHaveLength(1);

    const edited = await owner.gql(UPDATE, { id: note.id, i: { kind: 'ALERT', body: 'Payment is late', date: null } });
    expect(edited.data.updateNote).toMatchObject({ kind: 'ALERT', date: null, pinned: true });
    const summaries = (await owner.gql(FEED, { c: client.id })).data.clientTimeline.nodes.map(
      (n: { summary: string }) => n.summary,
    );
    expect(summaries).toContain('Alert note: Payment is late');

    expect((await owner.gql(DELETE, { id: note.id })).data.deleteNote).toBe(true);
    expect((await owner.gql(NOTES, { c: client.id })).data.clientNotes).toHaveLength(1);
    expect((await owner.gql(FEED, { c: client.id })).data.clientTimeline.nodes).toHaveLength(1);
  });

  it('validates kind, body and date, naming the field', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    expect(
      (await owner.gql(CREATE, { i: { clientId: client.id, kind: 'CONTEXT', body: '' } })).errors?.[0].extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(
      (await owner.gql(CREATE, { i: { clientId: client.id, kind: 'CONTEXT', body: '   ' } })).errors?.[0].extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(
      (await owner.gql(CREATE, { i: { clientId: client.id, kind: 'CONTEXT', body: 'x', date: '2026-02-30' } }))
        .errors?.[0].extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(
      (await owner.gql(CREATE, { i: { clientId: client.id, kind: 'SECRET', body: 'x' } })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await owner.gql(NOTES, { c: client.id })).data.clientNotes).toHaveLength(0);
  });

  it('pins important notes and every ALERT, newest first', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    await owner.gql(CREATE, { i: { clientId: client.id, kind: 'ALERT', body: 'First alert' } });
    await owner.gql(CREATE, { i: { clientId: client.id, kind: 'CONTEXT', body: 'Plain' } });
    await owner.gql(CREATE, { i: { clientId: client.id, kind: 'PERSONAL', body: 'Birthday in May', important: true } });
    expect((await owner.gql(PINNED, { c: client.id })).data.pinnedNotes.map((n: { body: string }) => n.body)).toEqual([
      'Birthday in May',
      'First alert',
    ]);
  });
});

describe('notes access', () => {
  it('lets a MEMBER reach only notes of clients they manage; write needs client.edit', async () => {
    const mine = await insertClient(server.dataSource, a.workspace.id, { accountManagerId: a.users.MEMBER.id });
    const other = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const otherNote = (await owner.gql(CREATE, { i: { clientId: other.id, kind: 'ALERT', body: 'Other' } })).data
      .createNote;
    const member = await signIn(server, a.emails.MEMBER);
    expect(
      (await member.gql(CREATE, { i: { clientId: mine.id, kind: 'CONTEXT', body: 'ok' } })).errors,
    ).toBeUndefined();
    expect((await member.gql(NOTES, { c: other.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await member.gql(PINNED, { c: other.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await member.gql(UPDATE, { id: otherNote.id, i: { body: 'x' } })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await member.gql(DELETE, { id: otherNote.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps workspace B and portal sessions out', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const note = (await owner.gql(CREATE, { i: { clientId: client.id, kind: 'ALERT', body: 'Internal' } })).data
      .createNote;
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await ownerB.gql(NOTES, { c: client.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.gql(PINNED, { c: client.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await ownerB.gql(CREATE, { i: { clientId: client.id, kind: 'ALERT', body: 'x' } })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await ownerB.gql(UPDATE, { id: note.id, i: { body: 'x' } })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await ownerB.gql(DELETE, { id: note.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const contact = await server.dataSource
      .getRepository(Contact)
      .save(
        server.dataSource
          .getRepository(Contact)
          .create({ workspaceId: a.workspace.id, clientId: client.id, name: 'P', portalAccess: true }),
      );
    const portal = new TestClient(server.url, 'portal');
    portal.setCookie(
      'cf_portal',
      await server.app.services.tokens.sign({ kind: 'portal', sub: contact.id, cid: client.id, ws: a.workspace.id }),
    );
    expect((await portal.gql(NOTES, { c: client.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await portal.gql(PINNED, { c: client.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await portal.gql(`{ myClient { id } }`)).data.myClient.id).toBe(client.id);
  });
});
