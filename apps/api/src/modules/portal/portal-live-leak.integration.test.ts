import { createWorkspace, startTestServer, type TestServer, type TestWorkspace } from '../../../test/harness';
import { subscribeLive, until, type LiveSubscriber } from '../../../test/live-client';
import { TenantScope } from '../../platform/db/tenant-scope';
import { portalSession, seedPortalClient, setPortalSettings } from './portal-content.test-kit';

// Issue 19, item 1: a deliverable of a project the agency hid from the portal must not reach the portal live.
let server: TestServer;
let ws: TestWorkspace;
const open: LiveSubscriber[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Portal live leak');
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.dispose()));
  await server.close();
});

it('sends no timeline event of a hidden project, live or queried', async () => {
  const seed = await seedPortalClient(server, ws.workspace.id);
  await setPortalSettings(server, seed.client.id, ws.workspace.id, {
    allProjects: false,
    projectIds: [seed.project.id],
  });
  const portal = await portalSession(server, seed.contact);
  const cookie = portal.cookieHeader();
  const events = await subscribeLive(
    server,
    { cookie, app: 'portal', query: `subscription { portalTimelineEvents { id summary body projectId } }` },
    open,
  );
  const changes = await subscribeLive(
    server,
    { cookie, app: 'portal', query: `subscription { portalChanges { topic id } }` },
    open,
  );
  const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
  const owner = ws.users.OWNER.id;

  await server.app.services.deliverables.submitVersion(scope, seed.otherDeliverable.id, owner, 'Secret logo v2');
  await server.app.services.deliverables.submitVersion(scope, seed.deliverable.id, owner, 'Homepage v2');

  // Events arrive in commit order: the visible one proves the hidden one was not merely late.
  const first = (await events.next()).portalTimelineEvents;
  expect(first.summary).toContain('Homepage mockup');
  expect(first.projectId).toBe(seed.project.id);
  const change = (await changes.next()).portalChanges;
  expect(change).toEqual({ topic: 'timeline', id: first.id });

  const page = await portal.gql(`{ portalTimeline(first: 50) { nodes { id summary } } }`);
  const queried = page.data.portalTimeline.nodes.map((n: { id: string }) => n.id);
  expect(queried).toContain(first.id);
  await until(() => events.events.length >= 1 && changes.events.length >= 1);
  for (const e of events.events) expect(queried).toContain(e.portalTimelineEvents.id);
  for (const c of changes.events) expect(queried).toContain(c.portalChanges.id);
});
