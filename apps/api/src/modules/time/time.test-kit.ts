import type { DataSource } from 'typeorm';
import { Project } from '../projects/project.entity';
import { Task } from '../projects/task.entity';

/** Test/seed helper: projects and tasks are written by the projects module; time only needs rows to point at. */
export async function insertProject(
  ds: DataSource,
  workspaceId: string,
  data: Partial<Project> = {},
): Promise<Project> {
  const repo = ds.getRepository(Project);
  return repo.save(repo.create({ workspaceId, name: 'Website', status: 'ACTIVE', ...data }));
}

export async function insertTask(ds: DataSource, project: Project, data: Partial<Task> = {}): Promise<Task> {
  const repo = ds.getRepository(Task);
  return repo.save(
    repo.create({
      workspaceId: project.workspaceId,
      projectId: project.id,
      clientId: project.clientId,
      title: 'Design',
      ...data,
    }),
  );
}
