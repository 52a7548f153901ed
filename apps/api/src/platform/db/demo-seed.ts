import type { DataSource } from 'typeorm';
import type { AppModule, DemoSeed } from '../module';

/**
 * The demo data: every module's seed in module order, in one transaction. Idempotent: the identity module's seed
 * answers 'present' when the demo workspace exists, and nothing is written.
 */
export async function seedDemo(dataSource: DataSource, modules: readonly AppModule[]): Promise<string> {
  return dataSource.transaction(async (m) => {
    const demo = { today: new Date().toISOString().slice(0, 10) } as DemoSeed;
    for (const module of modules) {
      if (module.seed && (await module.seed(m, demo)) === 'present') return 'demo data already present';
    }
    return 'demo data seeded';
  });
}
