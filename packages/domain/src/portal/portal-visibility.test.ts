import {
  PORTAL_ROW_RULES,
  portalProjectSelection,
  portalSees,
  type PortalRowKind,
  type PortalSight,
} from './portal-visibility';

/** Rows as plain records (the rule reads the columns its kind names). */
const sees = (kind: PortalRowKind, row: Record<string, unknown> & { clientId: string | null }, sight: PortalSight) =>
  portalSees(kind, row, sight);

const all: PortalSight = {
  clientId: 'c1',
  permissions: ['VIEW_TIMELINE', 'VIEW_PROJECTS', 'VIEW_INVOICES', 'OPEN_TICKETS', 'VIEW_DOCUMENTS', 'VIEW_TASKS'],
  projects: { allProjects: true, projectIds: [] },
};
const onlyP1: PortalSight = { ...all, projects: { allProjects: false, projectIds: ['p1'] } };

describe('what a portal contact sees', () => {
  const event = { clientId: 'c1', portalVisible: true, projectId: 'p2' };

  it('applies the project selection to every project-bound kind', () => {
    expect(sees('timelineEvent', event, all)).toBe(true);
    expect(sees('timelineEvent', event, onlyP1)).toBe(false);
    expect(sees('timelineEvent', { ...event, projectId: 'p1' }, onlyP1)).toBe(true);
    expect(sees('timelineEvent', { ...event, projectId: null }, onlyP1)).toBe(true);
    expect(sees('project', { clientId: 'c1', id: 'p2' }, onlyP1)).toBe(false);
    expect(sees('deliverable', { clientId: 'c1', projectId: 'p2' }, onlyP1)).toBe(false);
    expect(sees('document', { clientId: 'c1', portalVisible: true, projectId: 'p2' }, onlyP1)).toBe(false);
  });

  it('needs the own client, the permission and the sharing flags', () => {
    expect(sees('timelineEvent', { ...event, clientId: 'c2' }, all)).toBe(false);
    expect(sees('timelineEvent', { ...event, clientId: null }, all)).toBe(false);
    expect(sees('timelineEvent', { ...event, portalVisible: false }, all)).toBe(false);
    expect(sees('timelineEvent', event, { ...all, permissions: ['VIEW_PROJECTS'] })).toBe(false);
    expect(sees('task', { clientId: 'c1', clientVisible: false, projectId: null }, all)).toBe(false);
  });

  it('hides DRAFT invoices and internal ticket notes', () => {
    expect(sees('invoice', { clientId: 'c1', status: 'DRAFT' }, all)).toBe(false);
    expect(sees('invoice', { clientId: 'c1', status: 'SENT' }, all)).toBe(true);
    expect(sees('ticketMessage', { clientId: 'c1', internal: true }, all)).toBe(false);
    expect(sees('ticketMessage', { clientId: 'c1', internal: false }, all)).toBe(true);
    expect(sees('ticket', { clientId: 'c1' }, { ...all, permissions: ['VIEW_INVOICES'] })).toBe(false);
  });

  it('shows nothing to a contact without permissions (portal switched off)', () => {
    const off = { ...all, permissions: [] };
    for (const kind of Object.keys(PORTAL_ROW_RULES) as (keyof typeof PORTAL_ROW_RULES)[])
      expect(sees(kind, { clientId: 'c1', portalVisible: true, clientVisible: true, internal: false }, off)).toBe(
        false,
      );
  });

  it('reads a missing settings row as every project', () => {
    expect(portalProjectSelection(null)).toEqual({ allProjects: true, projectIds: [] });
    expect(portalProjectSelection({ allProjects: null, projectIds: null })).toEqual({
      allProjects: true,
      projectIds: [],
    });
    expect(portalProjectSelection({ allProjects: false, projectIds: ['p1'] })).toEqual({
      allProjects: false,
      projectIds: ['p1'],
    });
  });
});
