import { randomBytes, randomUUID } from 'node:crypto';
import type { ContactRole, PortalPermission } from '@clientflow/domain';
import { insertClient, TestClient, type TestServer } from '../../../test/harness';
import { Contact } from '../clients/contact.entity';
import { Comment } from '../deliverables/comment.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Document } from '../documents/document.entity';
import { Milestone } from '../projects/milestone.entity';
import { Project } from '../projects/project.entity';
import { Task } from '../projects/task.entity';
import { ClientPortalSettings } from './client-portal-settings.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

/** A portal session for a contact, as if it had signed in by magic link. */
export async function portalSession(server: TestServer, contact: Contact): Promise<TestClient> {
  const portal = new TestClient(server.url, 'portal');
  portal.setCookie(
    'cf_portal',
    await server.app.services.tokens.sign({
      kind: 'portal',
      sub: contact.id,
      cid: contact.clientId,
      ws: contact.workspaceId,
    }),
  );
  return portal;
}

export async function addContact(
  server: TestServer,
  clientId: string,
  workspaceId: string,
  role: ContactRole,
): Promise<Contact> {
  const repo = server.dataSource.getRepository(Contact);
  return repo.save(
    repo.create({
      workspaceId,
      clientId,
      name: `${role} ${randomUUID().slice(0, 4)}`,
      email: `${randomUUID()}@client.test`,
      role,
      portalAccess: true,
    }),
  );
}

export async function setPortalSettings(
  server: TestServer,
  clientId: string,
  workspaceId: string,
  patch: Partial<ClientPortalSettings>,
) {
  await server.dataSource.getRepository(ClientPortalSettings).upsert({ clientId, workspaceId, ...patch }, ['clientId']);
}

export const ALL_PORTAL_PERMISSIONS: PortalPermission[] = [
  'VIEW_PROJECTS',
  'VIEW_TASKS',
  'COMMENT',
  'APPROVE',
  'VIEW_DOCUMENTS',
  'UPLOAD_FILES',
  'VIEW_INVOICES',
  'VIEW_BUDGET',
  'VIEW_TIMELINE',
  'OPEN_TICKETS',
];

/**
 * A client with every kind of row the portal must show or hide: a project (plus a second one), client-visible and
 * internal tasks, a milestone, a deliverable awaiting approval with a file, client-visible and internal comments,
 * shared and internal documents, portal-visible and internal timeline events. The decision maker's portal has
 * every permission.
 */
export async function seedPortalClient(server: TestServer, workspaceId: string) {
  const ds = server.dataSource;
  const client = await insertClient(ds, workspaceId, { name: `Portal client ${randomUUID().slice(0, 6)}` });
  await setPortalSettings(server, client.id, workspaceId, { permissions: ALL_PORTAL_PERMISSIONS });
  const contact = await addContact(server, client.id, workspaceId, 'DECISION_MAKER');
  const save = <T extends object>(entity: new () => T, data: Partial<T>) =>
    ds.getRepository(entity).save(ds.getRepository(entity).create({ workspaceId, ...data } as T));
  const project = await save(Project, {
    clientId: client.id,
    name: 'Website',
    status: 'ACTIVE',
    value: 1_250_000,
    hourlyRate: 15_000,
    budgetMinutes: 6000,
    startDate: '2026-01-05',
  });
  const other = await save(Project, { clientId: client.id, name: 'Secret rebrand', status: 'ACTIVE', value: 99 });
  const visibleTask = await save(Task, {
    projectId: project.id,
    clientId: client.id,
    title: 'Design homepage',
    status: 'DONE',
    clientVisible: true,
    position: 0,
  });
  const internalTask = await save(Task, {
    projectId: project.id,
    clientId: client.id,
    title: 'Fix margins in staging',
    status: 'TODO',
    clientVisible: false,
    position: 1,
  });
  await save(Milestone, { projectId: project.id, clientId: client.id, name: 'Launch', dueDate: '2026-03-01' });
  const deliverable = await save(Deliverable, {
    projectId: project.id,
    clientId: client.id,
    title: 'Homepage mockup',
    status: 'PENDING_APPROVAL',
    version: 1,
  });
  const otherDeliverable = await save(Deliverable, {
    projectId: other.id,
    clientId: client.id,
    title: 'Logo',
    status: 'PENDING_APPROVAL',
    version: 1,
  });
  const comment = (target: 'TASK' | 'DELIVERABLE', id: string, body: string, internal: boolean) =>
    save(Comment, {
      targetType: target,
      taskId: target === 'TASK' ? id : null,
      deliverableId: target === 'DELIVERABLE' ? id : null,
      projectId: project.id,
      clientId: client.id,
      body,
      internal,
    });
  const visibleComment = await comment('DELIVERABLE', deliverable.id, 'Here is the first version', false);
  const internalComment = await comment('DELIVERABLE', deliverable.id, 'Client is slow to pay, keep scope tight', true);
  await comment('TASK', visibleTask.id, 'Done, see the mockup', false);
  await comment('TASK', visibleTask.id, 'Took 3x the estimate', true);
  const doc = async (fileName: string, data: Partial<Document>) => {
    const storageKey = `documents/${workspaceId}/${randomBytes(12).toString('base64url')}`;
    await server.app.services.storage.put(storageKey, PDF);
    return save(Document, {
      clientId: client.id,
      category: 'OTHER',
      fileName,
      size: PDF.length,
      contentType: 'application/pdf',
      checksum: 'a'.repeat(64),
      storageKey,
      ...data,
    });
  };
  const sharedDoc = await doc('Contract.pdf', { portalVisible: true, category: 'CONTRACT' });
  const internalDoc = await doc('Cost estimate.pdf', { portalVisible: false });
  const otherProjectDoc = await doc('Rebrand brief.pdf', { portalVisible: true, projectId: other.id });
  const deliverableFile = await doc('Mockup v1.pdf', {
    projectId: project.id,
    deliverableId: deliverable.id,
    deliverableVersion: 1,
  });
  const event = (summary: string, portalVisible: boolean, projectId: string | null = null, minutesAgo = 0) =>
    save(TimelineEvent, {
      clientId: client.id,
      type: 'PROJECT',
      summary,
      portalVisible,
      projectId,
      occurredAt: new Date(Date.now() - minutesAgo * 60_000),
      metadata: {},
    });
  const events = [];
  for (let i = 0; i < 5; i++) events.push(await event(`Shared update ${i}`, true, project.id, 10 + i));
  await event('Internal: client unhappy about price', false, null, 1);
  await event('Rebrand kickoff', true, other.id, 2);
  return {
    client,
    contact,
    project,
    other,
    visibleTask,
    internalTask,
    deliverable,
    otherDeliverable,
    visibleComment,
    internalComment,
    sharedDoc,
    internalDoc,
    otherProjectDoc,
    deliverableFile,
    events,
  };
}
export type PortalSeed = Awaited<ReturnType<typeof seedPortalClient>>;
