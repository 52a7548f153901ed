import { PORTAL_LIST_LIMIT, portalFind, portalQuery, type PortalAccess } from '../portal/portal-access';
import { Project } from './project.entity';

/**
 * The client's side of projects. The portal scope already limits rows to the client; the project selection comes on
 * top: a hidden project answers NOT_FOUND, exactly like another client's id.
 */
export class PortalProjectService {
  async list(a: PortalAccess): Promise<Project[]> {
    return portalQuery(a, Project, 'p', 'project')
      .orderBy(`CASE p.status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END`, 'ASC')
      .addOrderBy('p."createdAt"', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .limit(PORTAL_LIST_LIMIT)
      .getMany();
  }

  get(a: PortalAccess, id: string): Promise<Project> {
    return portalFind(a, Project, id, 'project', 'Project');
  }
}
