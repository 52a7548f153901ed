import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './platform/config/config';
import { createDataSource } from './data-source';
import { resolveDatabase } from './platform/db/database-url';
import { seedDemo } from './demo-seed';
import { migrateDatabase } from './platform/db/migrate';

/** `generate <Name>` | `run` | `seed`: migrations against DATABASE_URL or the embedded server. */
async function main() {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const db = await resolveDatabase(config);
  const ds = createDataSource(db.url);
  await ds.initialize();
  try {
    if (command === 'generate') {
      if (!name) throw new Error('usage: cli.ts generate <Name>');
      await ds.runMigrations();
      const sql = await ds.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.log('No changes in the entities: no migration generated.');
        return;
      }
      const ts = Date.now();
      const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
      const up = sql.upQueries.map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`).join('\n');
      const down = sql.downQueries
        .reverse()
        .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
        .join('\n');
      const file = path.join(__dirname, 'platform', 'db', 'migrations', `${ts}-${name}.ts`);
      fs.writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
      );
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    } else if (command === 'run') {
      const ran = await migrateDatabase(ds);
      console.log(`applied ${ran.length} migration(s)`);
    } else if (command === 'seed') {
      await migrateDatabase(ds);
      console.log(await seedDemo(ds));
    } else {
      throw new Error('usage: cli.ts generate <Name> | run | seed');
    }
  } finally {
    await ds.destroy();
    db.embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
