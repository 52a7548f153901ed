import { canPortalReadDocument, isProjectVisibleInPortal } from './portal-content';

describe('portal project visibility', () => {
  it('shows every project or only the selected ones; rows without a project are not project-bound', () => {
    expect(isProjectVisibleInPortal({ allProjects: true, projectIds: [] }, 'p1')).toBe(true);
    expect(isProjectVisibleInPortal({ allProjects: false, projectIds: ['p2'] }, 'p1')).toBe(false);
    expect(isProjectVisibleInPortal({ allProjects: false, projectIds: ['p1'] }, 'p1')).toBe(true);
    expect(isProjectVisibleInPortal({ allProjects: false, projectIds: [] }, null)).toBe(true);
  });
});

describe('portal document downloads', () => {
  const shared = { portalVisible: true, deliverableId: null, projectId: null };
  const internal = { portalVisible: false, deliverableId: null, projectId: null };
  const deliverableFile = { portalVisible: false, deliverableId: 'd1', projectId: 'p1' };

  it('needs the document to be client-visible and VIEW_DOCUMENTS', () => {
    expect(canPortalReadDocument(shared, ['VIEW_DOCUMENTS'], true)).toBe(true);
    expect(canPortalReadDocument(shared, ['VIEW_INVOICES'], true)).toBe(false);
    expect(canPortalReadDocument(internal, ['VIEW_DOCUMENTS', 'VIEW_PROJECTS'], true)).toBe(false);
  });

  it('lets contacts who see projects open deliverable files, never those of a hidden project', () => {
    expect(canPortalReadDocument(deliverableFile, ['VIEW_PROJECTS'], true)).toBe(true);
    expect(canPortalReadDocument(deliverableFile, ['VIEW_DOCUMENTS'], true)).toBe(false);
    expect(canPortalReadDocument(deliverableFile, ['VIEW_PROJECTS'], false)).toBe(false);
    expect(canPortalReadDocument(shared, ['VIEW_DOCUMENTS'], false)).toBe(false);
  });

  it('opens a ticket attachment only on a public message and with OPEN_TICKETS', () => {
    const attachment = { portalVisible: false, deliverableId: null, projectId: null, ticketMessageId: 'm1' };
    expect(canPortalReadDocument(attachment, ['OPEN_TICKETS'], true, true)).toBe(true);
    expect(canPortalReadDocument(attachment, ['OPEN_TICKETS', 'VIEW_DOCUMENTS'], true, false)).toBe(false);
    expect(canPortalReadDocument(attachment, ['VIEW_DOCUMENTS'], true, true)).toBe(false);
    expect(canPortalReadDocument({ ...attachment, portalVisible: true }, ['VIEW_DOCUMENTS'], true, null)).toBe(false);
  });
});
