import { defineModule } from '../../platform/module';
import { Milestone } from './milestone.entity';
import { PortalProjectResolver } from './portal-project.resolver';
import { PortalProjectService } from './portal-project.service';
import { Project } from './project.entity';
import { createProjectLoaders } from './project.loaders';
import { ClientProjectsResolver, ProjectResolver } from './project.resolver';
import { seedProjects } from './project.seed';
import { ProjectService } from './project.service';
import { Task } from './task.entity';
import { MilestoneResolver, TaskResolver } from './task.resolver';
import { TaskService } from './task.service';

declare module '../../platform/module' {
  interface Services {
    projects: ProjectService;
    tasks: TaskService;
    portalProjects: PortalProjectService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createProjectLoaders> {}
}

/** Projects per client, their tasks and milestones; the portal's view of them. */
export const projectsModule = defineModule({
  name: 'projects',
  entities: [Project, Task, Milestone],
  resolvers: [ProjectResolver, ClientProjectsResolver, TaskResolver, MilestoneResolver, PortalProjectResolver],
  services: {
    projects: (s) => new ProjectService(s.timeline, s.clients, s.feedback),
    tasks: () => new TaskService(),
    portalProjects: () => new PortalProjectService(),
  },
  loaders: (scope) => createProjectLoaders(scope),
  seed: (m, demo) => seedProjects(m, demo.northwindId, demo.userIds),
});
