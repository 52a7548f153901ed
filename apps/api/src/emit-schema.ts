import { createSchema, SCHEMA_FILE } from './schema';

createSchema({ emit: true })
  .then(() => console.log(`schema written to ${SCHEMA_FILE}`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
