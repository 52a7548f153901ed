import { CONTACT_ROLES } from '../clients/contact-rules';
import {
  clientPortalUrl,
  DEFAULT_PORTAL_PERMISSIONS,
  effectivePortalPermissions,
  PORTAL_PERMISSIONS,
  portalLocaleOf,
} from './portal-access';

const all = { enabled: true, permissions: [...PORTAL_PERMISSIONS] };

describe('portal permissions by contact role', () => {
  it('gives a decision maker everything the client has enabled, and no more', () => {
    expect(effectivePortalPermissions(all, 'DECISION_MAKER')).toEqual([...PORTAL_PERMISSIONS]);
    expect(
      effectivePortalPermissions({ enabled: true, permissions: ['VIEW_PROJECTS', 'APPROVE'] }, 'DECISION_MAKER'),
    ).toEqual(['VIEW_PROJECTS', 'APPROVE']);
  });

  it('lets technical contacts view and comment but not approve or see money', () => {
    const p = effectivePortalPermissions(all, 'TECHNICAL');
    expect(p).toEqual(expect.arrayContaining(['VIEW_PROJECTS', 'VIEW_TASKS', 'COMMENT']));
    expect(p).not.toEqual(expect.arrayContaining(['APPROVE']));
    expect(p.some((x) => x === 'VIEW_INVOICES' || x === 'VIEW_BUDGET' || x === 'APPROVE')).toBe(false);
  });

  it('shows billing contacts invoices only', () => {
    expect(effectivePortalPermissions(all, 'BILLING')).toEqual(['VIEW_INVOICES']);
    expect(effectivePortalPermissions({ enabled: true, permissions: ['VIEW_PROJECTS'] }, 'BILLING')).toEqual([]);
  });

  it('keeps observers (and roles without a portal meaning) read-only', () => {
    for (const role of ['OBSERVER', 'MARKETING', 'LEGAL', 'OTHER'] as const) {
      const p = effectivePortalPermissions(all, role);
      expect(p.every((x) => x.startsWith('VIEW_'))).toBe(true);
      expect(p).toContain('VIEW_PROJECTS');
    }
  });

  it('gives nobody anything when the portal is disabled', () => {
    for (const role of CONTACT_ROLES) expect(effectivePortalPermissions({ ...all, enabled: false }, role)).toEqual([]);
  });

  it('enables sensible defaults for a new client', () => {
    expect(DEFAULT_PORTAL_PERMISSIONS).not.toContain('UPLOAD_FILES');
    expect(DEFAULT_PORTAL_PERMISSIONS).not.toContain('VIEW_BUDGET');
  });
});

describe('portal language and address', () => {
  it('prefers the client language, then the workspace language, then English', () => {
    expect(portalLocaleOf('fr', 'pt-BR')).toBe('fr');
    expect(portalLocaleOf(null, 'pt-BR')).toBe('pt');
    expect(portalLocaleOf('de', 'ES')).toBe('es');
    expect(portalLocaleOf(undefined, 'ja')).toBe('en');
  });

  it('builds the per-client URL from the portal origin', () => {
    expect(clientPortalUrl('https://portal.example/', 'acme-agency', 'k3y_-A')).toBe(
      'https://portal.example/p/acme-agency/k3y_-A',
    );
  });
});
