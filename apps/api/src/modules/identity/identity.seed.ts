import type { EntityManager } from 'typeorm';
import type { Role } from '@clientflow/domain';
import { hashPassword } from '../../platform/auth/password';
import type { DemoSeed } from '../../platform/module';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { Workspace } from './workspace.entity';

export const DEMO_PASSWORD = 'clientflow-demo';
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'owner@demo.clientflow.test', name: 'Olivia Owner', role: 'OWNER' },
  { email: 'admin@demo.clientflow.test', name: 'Adam Admin', role: 'ADMIN' },
  { email: 'manager@demo.clientflow.test', name: 'Maya Manager', role: 'MANAGER' },
  { email: 'member@demo.clientflow.test', name: 'Marco Member', role: 'MEMBER' },
];

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="40" height="40" rx="10" fill="#0ca678"/><path d="M11 27 L20 11 L29 27 Z" fill="#fff"/><text x="50" y="27" font-family="sans-serif" font-size="18" font-weight="700" fill="#0b7285">Northwind</text></svg>`;

/** The demo agencies and their staff; 'present' (and nothing written) when the demo workspace exists. */
export async function seedIdentity(m: EntityManager, demo: DemoSeed): Promise<void | 'present'> {
  if (await m.getRepository(Workspace).countBy({ slug: 'northwind' })) return 'present';
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const northwind = await m.getRepository(Workspace).save(
    m.getRepository(Workspace).create({
      name: 'Northwind Studio',
      slug: 'northwind',
      currency: 'USD',
      primaryColor: '#0ca678',
      accentColor: '#0b7285',
      logo: Buffer.from(LOGO_SVG),
      logoContentType: 'image/svg+xml',
    }),
  );
  const lakeside = await m
    .getRepository(Workspace)
    .save(
      m
        .getRepository(Workspace)
        .create({ name: 'Lakeside Digital', slug: 'lakeside', currency: 'EUR', primaryColor: '#7048e8', locale: 'pt' }),
    );
  const userIds: string[] = [];
  for (const u of DEMO_USERS) {
    const user = await m.getRepository(User).save(m.getRepository(User).create({ ...u, passwordHash }));
    userIds.push(user.id);
    await m.getRepository(Membership).insert({ userId: user.id, workspaceId: northwind.id, role: u.role });
  }
  // The owner also works for a second agency, to show the workspace switcher.
  await m.getRepository(Membership).insert({ userId: userIds[0], workspaceId: lakeside.id, role: 'ADMIN' });
  Object.assign(demo, { northwindId: northwind.id, lakesideId: lakeside.id, userIds });
}
