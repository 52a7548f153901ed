import { Client } from '../clients/client.entity';
import { Document } from '../documents/document.entity';
import { SWEEP_TICKET_UPLOADS_TASK } from '../documents/documents.jobs';
import { OutboundEmail } from '../../platform/mail/outbound-email.entity';
import {
  createWorkspace,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { liveSubscribe, until, type LiveSubscriber } from '../../../test/live-client';
import {
  addContact,
  PDF,
  portalSession,
  seedPortalClient,
  setPortalSettings,
  type PortalSeed,
} from '../portal/portal-content.test-kit';

const OPEN_PORTAL = `mutation($input: OpenPortalTicketInput!) { openPortalTicket(input: $input) { id reference { kind id name label } } }`;
const PORTAL_REPLY = `mutation($id: ID!, $body: String!, $files: [ID!]) { replyToPortalTicket(id: $id, body: $body, attachmentIds: $files) { id attachments { id fileName } } }`;
const PORTAL_TICKET = `query($id: ID!) { portalTicket(id: $id) { id reference { kind label } messages { body attachments { id fileName size contentType downloadUrl } } } }`;
const OPEN_STAFF = `mutation($input: OpenTicketInput!) { openTicket(input: $input) { id status priority unread contact { id } assignee { id } messages { body } } }`;
const REPLY = `mutation($id: ID!, $body: String!, $internal: Boolean, $files: [ID!]) { replyToTicket(id: $id, body: $body, internal: $internal, attachmentIds: $files) { id attachments { id fileName downloadUrl } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id contactId reference { kind id label } messages { body internal attachments { id } } } }`;
const ASSIGN = `mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id assignee { id } } }`;
const NOTIFICATIONS = `{ notifications(first: 10) { id kind title body ticketId clientId readAt } unreadNotificationCount }`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const NOTIFICATION_LIVE = `subscription { notificationAdded { kind title ticketId } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let seed: PortalSeed;
let owner: TestClient;
let manager: TestClient;
let portal: TestClient;
const open: LiveSubscriber[] = [];

beforeAll(async () => {
  server = await startTestServer({ portalOrigin: 'https://portal.agency.test' });
  a = await createWorkspace(server.dataSource, 'Ticket extras');
  b = await createWorkspace(server.dataSource, 'Elsewhere');
  seed = await seedPortalClient(server, a.workspace.id);
  owner = await signIn(server, a.emails.OWNER);
  manager = await signIn(server, a.emails.MANAGER);
  portal = await portalSession(server, seed.contact);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.dispose()));
});
afterAll(() => server.close());

async function uploadStaff(caller: TestClient, clientId: string, name = 'brief.pdf') {
  const form = new FormData();
  form.append('ticketAttachment', 'true');
  form.append('files', new Blob([new Uint8Array(PDF)]), name);
  const res = await fetch(`${server.url}/files/clients/${clientId}/documents`, {
    method: 'POST',
    body: form,
    headers: { 'x-clientflow-app': 'admin', cookie: caller.cookieHeader() },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { documents: { id: string }[] }).documents[0].id;
}

async function uploadPortal(caller: TestClient, name = 'screenshot.pdf') {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(PDF)]), name);
  const res = await fetch(`${server.url}/files/portal/ticket-attachments`, {
    method: 'POST',
    body: form,
    headers: { 'x-clientflow-app': 'portal', cookie: caller.cookieHeader() },
  });
  return {
    status: res.status,
    body: (await res.json()) as { documents?: { id: string; downloadUrl: string }[]; error?: { code: string } },
  };
}

const download = (caller: TestClient, id: string, app: 'admin' | 'portal') =>
  fetch(`${server.url}/files/documents/${id}`, {
    headers: { cookie: caller.cookieHeader(), 'x-clientflow-app': app },
  }).then((r) => r.status);

async function openPortalTicket(extra: Record<string, unknown> = {}) {
  const res = await portal.gql(OPEN_PORTAL, {
    input: { subject: 'Broken form', message: 'The contact form fails', ...extra },
  });
  expect(res.errors).toBeUndefined();
  return res.data.openPortalTicket as { id: string; reference: unknown };
}

describe('attachments', () => {
  it('a contact attaches files when opening and replying; staff see them; they stay out of the portal documents list', async () => {
    const up = await uploadPortal(portal);
    expect(up.status).toBe(201);
    const fileId = up.body.documents![0].id;
    const { id } = await openPortalTicket({ attachmentIds: [fileId] });
    const thread = (await owner.gql(TICKET, { id })).data.ticket;
    expect(thread.messages[0].attachments).toEqual([{ id: fileId }]);
    const portalThread = (await portal.gql(PORTAL_TICKET, { id })).data.portalTicket;
    expect(portalThread.messages[0].attachments).toEqual([
      {
        id: fileId,
        fileName: 'screenshot.pdf',
        size: PDF.length,
        contentType: 'application/pdf',
        downloadUrl: `/files/documents/${fileId}`,
      },
    ]);
    expect(await download(portal, fileId, 'portal')).toBe(200);
    const docs = (await portal.gql(`{ portalDocuments { id } }`)).data.portalDocuments.map((d: { id: string }) => d.id);
    expect(docs).not.toContain(fileId);

    // Already attached: cannot be attached again.
    const again = await portal.gql(PORTAL_REPLY, { id, body: 'Same file again', files: [fileId] });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
  });

  it('files on a public staff reply reach the client; files on an internal note never do', async () => {
    const { id } = await openPortalTicket();
    const publicFile = await uploadStaff(owner, seed.client.id, 'proposal.pdf');
    const noteFile = await uploadStaff(owner, seed.client.id, 'margin notes.pdf');
    expect(
      (await owner.gql(REPLY, { id, body: 'See the attached proposal', files: [publicFile] })).data.replyToTicket
        .attachments,
    ).toEqual([{ id: publicFile, fileName: 'proposal.pdf', downloadUrl: `/files/documents/${publicFile}` }]);
    expect(
      (await owner.gql(REPLY, { id, body: 'Our cost for this', internal: true, files: [noteFile] })).errors,
    ).toBeUndefined();

    const portalFiles = (await portal.gql(PORTAL_TICKET, { id })).data.portalTicket.messages.flatMap(
      (m: { attachments: { id: string }[] }) => m.attachments.map((f) => f.id),
    );
    expect(portalFiles).toEqual([publicFile]);
    expect(await download(portal, publicFile, 'portal')).toBe(200);
    expect(await download(portal, noteFile, 'portal')).toBe(404);
    expect(await download(owner, noteFile, 'admin')).toBe(200);
  });

  it('refuses files of another client, of another uploader, unknown ids, and uploads without OPEN_TICKETS', async () => {
    const { id } = await openPortalTicket();
    const other = await seedPortalClient(server, a.workspace.id);
    const foreign = await uploadStaff(owner, other.client.id);
    const field = async (files: string[]) =>
      (await owner.gql(REPLY, { id, body: 'x', files })).errors?.[0].extensions?.field;
    expect(await field([foreign])).toBe('attachmentIds');
    expect(await field(['00000000-0000-4000-8000-000000000000'])).toBe('attachmentIds');
    expect(await field(['not-a-uuid'])).toBe('attachmentIds');
    const managersFile = await uploadStaff(manager, seed.client.id);
    expect(await field([managersFile])).toBe('attachmentIds');
    // Nothing was written by the refused replies.
    expect((await owner.gql(TICKET, { id })).data.ticket.messages).toHaveLength(1);
    expect(
      (await server.dataSource.getRepository(Document).findOneByOrFail({ id: foreign })).ticketMessageId,
    ).toBeNull();

    const observer = await addContact(server, seed.client.id, a.workspace.id, 'OBSERVER');
    const refused = await uploadPortal(await portalSession(server, observer));
    expect(refused.status).toBe(403);
  });
});

describe('unattached uploads', () => {
  it('are swept after a day by the hourly job; attached and recent files stay', async () => {
    const { id } = await openPortalTicket();
    const stale = await uploadStaff(owner, seed.client.id, 'abandoned.pdf');
    const recent = await uploadStaff(owner, seed.client.id, 'being written.pdf');
    const attached = await uploadStaff(owner, seed.client.id, 'sent.pdf');
    await owner.gql(REPLY, { id, body: 'With the file', files: [attached] });
    const repo = server.dataSource.getRepository(Document);
    await repo.update({ id: stale }, { createdAt: new Date(Date.now() - 25 * 3600 * 1000) });
    await repo.update({ id: attached }, { createdAt: new Date(Date.now() - 25 * 3600 * 1000) });
    const staleKey = (await repo.findOneByOrFail({ id: stale })).storageKey;

    await server.app.services.jobs.runNow(SWEEP_TICKET_UPLOADS_TASK, {});
    expect(await repo.findOneBy({ id: stale })).toBeNull();
    await expect(server.app.services.storage.get(staleKey)).rejects.toThrow();
    expect(await repo.findOneBy({ id: recent })).not.toBeNull();
    expect(await download(owner, attached, 'admin')).toBe(200);
    // Running it again changes nothing.
    await server.app.services.jobs.runNow(SWEEP_TICKET_UPLOADS_TASK, {});
    expect(await repo.findOneBy({ id: recent })).not.toBeNull();
  });
});

describe('staff-opened tickets', () => {
  it('start PENDING, email the chosen contact and notify the assignee', async () => {
    const emails = () =>
      // Ordered: without ORDER BY, PostgreSQL may return an updated (sent) row after a newer one.
      server.dataSource.getRepository(OutboundEmail).find({
        where: { workspaceId: a.workspace.id, to: seed.contact.email! },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    const before = (await emails()).length;
    const res = await owner.gql(OPEN_STAFF, {
      input: {
        clientId: seed.client.id,
        contactId: seed.contact.id,
        subject: 'Renewal',
        message: 'Shall we renew the retainer?',
        priority: 'HIGH',
        assigneeId: a.users.MANAGER.id,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.openTicket).toMatchObject({
      status: 'PENDING',
      priority: 'HIGH',
      unread: false,
      contact: { id: seed.contact.id },
      assignee: { id: a.users.MANAGER.id },
      messages: [{ body: 'Shall we renew the retainer?' }],
    });
    const sent = (await emails()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('Renewal');
    expect(sent[0].text).toContain(`https://portal.agency.test/tickets/${res.data.openTicket.id}`);
    expect(sent[0].text).toContain('opened a ticket for you');
    const mine = (await manager.gql(NOTIFICATIONS)).data;
    expect(mine.notifications[0]).toMatchObject({
      kind: 'TICKET_ASSIGNED',
      title: 'Ticket assigned to you: Renewal',
      ticketId: res.data.openTicket.id,
      clientId: seed.client.id,
      readAt: null,
    });

    // The client sees it and its reply goes back to the agency.
    const portalList = (await portal.gql(`{ portalTickets { id status } }`)).data.portalTickets;
    expect(portalList).toContainEqual({ id: res.data.openTicket.id, status: 'PENDING' });
  });

  it('validates the client, the contact and the assignee, within the caller’s clients', async () => {
    const other = await seedPortalClient(server, a.workspace.id);
    const input = { clientId: seed.client.id, subject: 'Hi', message: 'Hello' };
    const field = async (patch: Record<string, unknown>, caller = owner) =>
      (await caller.gql(OPEN_STAFF, { input: { ...input, ...patch } })).errors?.[0].extensions?.field;
    expect(await field({ clientId: '00000000-0000-4000-8000-000000000000' })).toBe('clientId');
    expect(await field({ contactId: other.contact.id })).toBe('contactId');
    expect(await field({ assigneeId: b.users.OWNER.id })).toBe('assigneeId');
    // A MEMBER who is not the client's account manager cannot see it, so cannot be assigned.
    expect(await field({ assigneeId: a.users.MEMBER.id })).toBe('assigneeId');
    expect(await field({ subject: '' })).toBe('subject');
    const member = await signIn(server, a.emails.MEMBER);
    // A MEMBER only reaches the clients they manage; a portal session never reaches staff mutations.
    expect((await member.gql(OPEN_STAFF, { input })).errors?.[0].extensions?.field).toBe('clientId');
    expect((await portal.gql(OPEN_STAFF, { input })).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    await server.dataSource
      .getRepository(Client)
      .update({ id: seed.client.id }, { accountManagerId: a.users.MEMBER.id });
    try {
      expect(
        (await owner.gql(OPEN_STAFF, { input: { ...input, assigneeId: a.users.MEMBER.id } })).errors,
      ).toBeUndefined();
    } finally {
      await server.dataSource.getRepository(Client).update({ id: seed.client.id }, { accountManagerId: null });
    }
    // Workspace B cannot open a ticket on A's client.
    const bOwner = await signIn(server, b.emails.OWNER);
    expect((await bOwner.gql(OPEN_STAFF, { input })).errors?.[0].extensions?.field).toBe('clientId');
  });
});

describe('references', () => {
  it('labels the project, and the invoice only for callers who may see invoices', async () => {
    const { id, reference } = await openPortalTicket({ projectId: seed.project.id });
    expect(reference).toEqual({ kind: 'PROJECT', id: seed.project.id, name: 'Website', label: 'Project Website' });
    expect((await owner.gql(TICKET, { id })).data.ticket.reference).toEqual({
      kind: 'PROJECT',
      id: seed.project.id,
      label: 'Project Website',
    });
    // The portal stops showing the project: the reference disappears for the client, not for staff.
    await setPortalSettings(server, seed.client.id, a.workspace.id, { allProjects: false, projectIds: [] });
    try {
      expect((await portal.gql(PORTAL_TICKET, { id })).data.portalTicket.reference).toBeNull();
    } finally {
      await setPortalSettings(server, seed.client.id, a.workspace.id, { allProjects: true, projectIds: [] });
    }
  });
});

describe('notifications', () => {
  it('tell the assignee about assignments by others and new messages, live, never another user or workspace', async () => {
    const { id } = await openPortalTicket();
    const base = server.app.services.live.subscriberCount;
    const live = liveSubscribe(server.url, {
      cookie: manager.cookieHeader(),
      query: NOTIFICATION_LIVE,
      variables: {},
      app: 'admin',
    });
    const ownerLive = liveSubscribe(server.url, {
      cookie: owner.cookieHeader(),
      query: NOTIFICATION_LIVE,
      variables: {},
      app: 'admin',
    });
    open.push(live, ownerLive);
    await until(() => server.app.services.live.subscriberCount >= base + 2);

    await owner.gql(MARK_READ, {});
    await manager.gql(MARK_READ, {});
    expect((await owner.gql(ASSIGN, { id, a: a.users.MANAGER.id })).errors).toBeUndefined();
    await portal.gql(PORTAL_REPLY, { id, body: 'Any news?' });
    await owner.gql(REPLY, { id, body: 'Manager, please call them', internal: true });
    await manager.gql(REPLY, { id, body: 'Calling now' }); // their own reply: no notification

    const mine = (await manager.gql(NOTIFICATIONS)).data;
    expect(mine.unreadNotificationCount).toBe(3);
    expect(mine.notifications.slice(0, 3).map((n: { kind: string; title: string }) => [n.kind, n.title])).toEqual([
      ['TICKET_MESSAGE', 'Internal note on "Broken form"'],
      ['TICKET_MESSAGE', 'New message on "Broken form"'],
      ['TICKET_ASSIGNED', 'Ticket assigned to you: Broken form'],
    ]);
    await until(() => live.events.length >= 3);
    expect(live.events.map((e: any) => e.notificationAdded.kind)).toEqual([
      'TICKET_ASSIGNED',
      'TICKET_MESSAGE',
      'TICKET_MESSAGE',
    ]);
    expect(ownerLive.events).toHaveLength(0);
    expect((await owner.gql(NOTIFICATIONS)).data.unreadNotificationCount).toBe(0);

    // Self-assignment: no notification. Another user's notification ids change nothing.
    await manager.gql(ASSIGN, { id, a: null });
    await manager.gql(ASSIGN, { id, a: a.users.MANAGER.id });
    expect((await manager.gql(NOTIFICATIONS)).data.unreadNotificationCount).toBe(3);
    expect((await owner.gql(MARK_READ, { ids: [mine.notifications[0].id] })).data.markNotificationsRead).toBe(0);
    expect((await manager.gql(MARK_READ, { ids: [mine.notifications[0].id] })).data.markNotificationsRead).toBe(1);
    expect((await manager.gql(MARK_READ, {})).data.markNotificationsRead).toBe(2);
    expect((await manager.gql(NOTIFICATIONS)).data.unreadNotificationCount).toBe(0);

    const bOwner = await signIn(server, b.emails.OWNER);
    expect((await bOwner.gql(NOTIFICATIONS)).data.notifications).toEqual([]);
    expect((await portal.gql(NOTIFICATIONS)).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
