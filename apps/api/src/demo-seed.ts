import type { DataSource } from 'typeorm';
import { MODULES } from './modules';
import { DEMO_PORTAL_EMAIL } from './modules/clients/client.seed';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/identity/identity.seed';
import { seedDemo as seedModules } from './platform/db/demo-seed';

export { DEMO_PASSWORD, DEMO_PORTAL_EMAIL, DEMO_USERS };

/** Every module's demo data (idempotent). */
export const seedDemo = (dataSource: DataSource): Promise<string> => seedModules(dataSource, MODULES);
