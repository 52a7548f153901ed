import { isProjectVisibleInPortal, notFound } from '@clientflow/domain';
import { PORTAL_LIST_LIMIT, type PortalAccess } from '../portal/portal-access';
import { Project } from './project.entity';

/**
 * The client's side of projects. The portal scope already limits rows to the client; the project selection comes on
 * top: a hidden project answers NOT_FOUND, exactly like another client's id.
 */
export class PortalProjectService {
  async list(a: PortalAccess): Promise<Project[]> {
    const qb = a.scope.query(Project, 'p');
    if (!a.settings.allProjects) qb.andWhere('p.id = ANY(:ids)', { ids: a.settings.projectIds });
    return qb
      .orderBy(`CASE p.status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END`, 'ASC')
      .addOrderBy('p."createdAt"', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .limit(PORTAL_LIST_LIMIT)
      .getMany();
  }

  async get(a: PortalAccess, id: string): Promise<Project> {
    const project = await a.scope.findById(Project, id, 'Project');
    if (!isProjectVisibleInPortal(a.settings, project.id)) throw notFound('Project');
    return project;
  }
}
