import { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
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
import { Project } from '../projects/project.entity';

const FEED = `query($c: ID!, $f: TimelineFilter, $first: Int, $after: String) {
  clientTimeline(clientId: $c, filter: $f, first: $first, after: $after) {
    hasMore endCursor
    nodes { id type summary occurredAt isManual canEdit author { kind name } attachments { id fileName } }
  }
}`;
const CREATE = `mutation($i: CreateTimelineEntryInput!) { createTimelineEntry(input: $i) { id type summary author { name } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTimelineEntryInput!) { updateTimelineEntry(id: $id, input: $i) { id summary occurredAt } }`;
const DELETE = `mutation($id: ID!) { deleteTimelineEntry(id: $id) }`;
const CHANGE_STATUS = `mutation($id: ID!) { changeClientStatus(id: $id, status: PAUSED, reason: "Budget") { id } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  a = await createWorkspace(server.dataSource, 'Alpha');
  b = await createWorkspace(server.dataSource, 'Beta');
});
afterAll(() => server.close());

const lastActivity = async (id: string) =>
  (await server.dataSource.getRepository(Client).findOneByOrFail({ id })).lastActivityAt?.toISOString() ?? null;

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 0, day, hour)).toISOString();

describe('clientTimeline', () => {
  it('pages newest first by (occurredAt, id) and filters by type', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    for (let day = 1; day <= 7; day++) {
      const res = await owner.gql(CREATE, {
        i: { clientId: client.id, type: day % 2 ? 'CALL' : 'MEETING', occurredAt: at(day), summary: `Entry ${day}` },
      });
      expect(res.errors).toBeUndefined();
    }
    // Two entries at the same instant: the id breaks the tie, nothing is skipped or repeated.
    await owner.gql(CREATE, { i: { clientId: client.id, type: 'EMAIL', occurredAt: at(4), summary: 'Same time' } });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await owner.gql(FEED, { c: client.id, first: 3, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.clientTimeline.nodes.map((n: { summary: string }) => n.summary));
      after = res.data.clientTimeline.hasMore ? res.data.clientTimeline.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.slice(0, 3)).toEqual(['Entry 7', 'Entry 6', 'Entry 5']);

    const calls = await owner.gql(FEED, { c: client.id, f: { types: ['CALL'] } });
    expect(calls.data.clientTimeline.nodes.map((n: { summary: string }) => n.summary)).toEqual([
      'Entry 7',
      'Entry 5',
      'Entry 3',
      'Entry 1',
    ]);
    expect(calls.data.clientTimeline.nodes[0]).toMatchObject({
      isManual: true,
      canEdit: true,
      author: { kind: 'USER', name: a.users.OWNER.name },
    });

    const { id: projectId } = await server.dataSource
      .getRepository(Project)
      .save({ workspaceId: a.workspace.id, clientId: client.id, name: 'Website' });
    const other = await insertClient(server.dataSource, a.workspace.id);
    const wrong = await owner.gql(CREATE, {
      i: { clientId: other.id, type: 'PROJECT', occurredAt: at(3), summary: 'Elsewhere', projectId },
    });
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'projectId' });
    await owner.gql(CREATE, {
      i: { clientId: client.id, type: 'PROJECT', occurredAt: at(3), summary: 'Project kick-off', projectId },
    });
    const byProject = await owner.gql(FEED, { c: client.id, f: { projectId } });
    expect(byProject.data.clientTimeline.nodes.map((n: { summary: string }) => n.summary)).toEqual([
      'Project kick-off',
    ]);

    const bad = await owner.gql(FEED, { c: client.id, first: 3, after: 'nonsense' });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await owner.gql(FEED, { c: client.id, first: 500 });
    expect(big.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows contact authors through the loader', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id, {}, [{ name: 'Paula Client' }]);
    const contact = await server.dataSource.getRepository(Contact).findOneByOrFail({ clientId: client.id });
    await server.app.services.timeline.record(new TenantScope(server.dataSource.manager, a.workspace.id), {
      clientId: client.id,
      type: 'PORTAL',
      summary: 'Approved the design',
      authorContactId: contact.id,
    });
    const owner = await signIn(server, a.emails.OWNER);
    const res = await owner.gql(FEED, { c: client.id });
    expect(res.data.clientTimeline.nodes[0]).toMatchObject({
      type: 'PORTAL',
      isManual: false,
      canEdit: false,
      author: { kind: 'CONTACT', name: 'Paula Client' },
    });
  });
});

describe('manual entries', () => {
  it('accepts only manual types and validates the summary', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const status = await owner.gql(CREATE, {
      i: { clientId: client.id, type: 'STATUS_CHANGE', occurredAt: at(1), summary: 'x' },
    });
    expect(status.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'type' });
    const blank = await owner.gql(CREATE, { i: { clientId: client.id, type: 'CALL', occurredAt: at(1), summary: '' } });
    expect(blank.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'summary' });
    const attach = await owner.gql(CREATE, {
      i: {
        clientId: client.id,
        type: 'CALL',
        occurredAt: at(1),
        summary: 'x',
        attachmentIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(attach.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    expect((await owner.gql(FEED, { c: client.id })).data.clientTimeline.nodes).toHaveLength(0);
  });

  it('keeps lastActivityAt on the newest event across create, edit and delete', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const owner = await signIn(server, a.emails.OWNER);
    const old = (
      await owner.gql(CREATE, { i: { clientId: client.id, type: 'CALL', occurredAt: at(2), summary: 'Old' } })
    ).data.createTimelineEntry;
    const newest = (
      await owner.gql(CREATE, { i: { clientId: client.id, type: 'MEETING', occurredAt: at(9), summary: 'New' } })
    ).data.createTimelineEntry;
    expect(await lastActivity(client.id)).toBe(at(9));
    await owner.gql(CREATE, { i: { clientId: client.id, type: 'EMAIL', occurredAt: at(5), summary: 'Back-dated' } });
    expect(await lastActivity(client.id)).toBe(at(9));

    expect((await owner.gql(DELETE, { id: newest.id })).data.deleteTimelineEntry).toBe(true);
    expect(await lastActivity(client.id)).toBe(at(5));

    const moved = await owner.gql(UPDATE, { id: old.id, i: { occurredAt: at(3), summary: 'Old, moved' } });
    expect(moved.data.updateTimelineEntry.summary).toBe('Old, moved');
    expect(await lastActivity(client.id)).toBe(at(5));
    await owner.gql(UPDATE, { id: old.id, i: { occurredAt: at(20) } });
    expect(await lastActivity(client.id)).toBe(at(20));
    await owner.gql(UPDATE, { id: old.id, i: { occurredAt: at(1) } });
    expect(await lastActivity(client.id)).toBe(at(5));
  });

  it('keeps domain-written events immutable', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id, { status: 'ACTIVE' });
    const owner = await signIn(server, a.emails.OWNER);
    expect((await owner.gql(CHANGE_STATUS, { id: client.id })).errors).toBeUndefined();
    const event = (await owner.gql(FEED, { c: client.id })).data.clientTimeline.nodes[0];
    expect(event).toMatchObject({ type: 'STATUS_CHANGE', isManual: false, canEdit: false });
    expect((await owner.gql(UPDATE, { id: event.id, i: { summary: 'rewritten' } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await owner.gql(DELETE, { id: event.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('roles and tenancy', () => {
  it('lets a MEMBER work only on clients they manage, and only on their own entries', async () => {
    const mine = await insertClient(server.dataSource, a.workspace.id, { accountManagerId: a.users.MEMBER.id });
    const other = await insertClient(server.dataSource, a.workspace.id);
    const member = await signIn(server, a.emails.MEMBER);
    const owner = await signIn(server, a.emails.OWNER);
    const own = (
      await member.gql(CREATE, { i: { clientId: mine.id, type: 'CALL', occurredAt: at(1), summary: 'Mine' } })
    ).data.createTimelineEntry;
    expect(
      (await member.gql(UPDATE, { id: own.id, i: { summary: 'Mine, edited' } })).data.updateTimelineEntry.summary,
    ).toBe('Mine, edited');
    expect(
      (await member.gql(CREATE, { i: { clientId: other.id, type: 'CALL', occurredAt: at(1), summary: 'No' } }))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await member.gql(FEED, { c: other.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const ownerEntry = (
      await owner.gql(CREATE, { i: { clientId: mine.id, type: 'CALL', occurredAt: at(2), summary: 'Owner call' } })
    ).data.createTimelineEntry;
    const feed = (await member.gql(FEED, { c: mine.id })).data.clientTimeline.nodes;
    expect(feed.find((n: { id: string }) => n.id === ownerEntry.id).canEdit).toBe(false);
    expect((await member.gql(DELETE, { id: ownerEntry.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps workspace B out of A: every query and mutation answers NOT_FOUND', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    const ownerA = await signIn(server, a.emails.OWNER);
    const entry = (
      await ownerA.gql(CREATE, { i: { clientId: client.id, type: 'CALL', occurredAt: at(1), summary: 'Secret' } })
    ).data.createTimelineEntry;
    const ownerB = await signIn(server, b.emails.OWNER);
    expect((await ownerB.gql(FEED, { c: client.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await ownerB.gql(CREATE, { i: { clientId: client.id, type: 'CALL', occurredAt: at(1), summary: 'x' } }))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await ownerB.gql(UPDATE, { id: entry.id, i: { summary: 'x' } })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await ownerB.gql(DELETE, { id: entry.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ownerA.gql(FEED, { c: client.id })).data.clientTimeline.nodes[0].summary).toBe('Secret');
  });

  it('refuses anonymous callers and portal sessions', async () => {
    const client = await insertClient(server.dataSource, a.workspace.id);
    expect((await new TestClient(server.url).gql(FEED, { c: client.id })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const portal = await portalSession(client.id);
    expect((await portal.gql(FEED, { c: client.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

async function portalSession(clientId: string): Promise<TestClient> {
  const contact = await server.dataSource
    .getRepository(Contact)
    .save(
      server.dataSource
        .getRepository(Contact)
        .create({ workspaceId: a.workspace.id, clientId, name: 'Portal user', portalAccess: true }),
    );
  const token = await server.app.services.tokens.sign({
    kind: 'portal',
    sub: contact.id,
    cid: clientId,
    ws: a.workspace.id,
  });
  const portal = new TestClient(server.url, 'portal');
  portal.setCookie('cf_portal', token);
  return portal;
}
