/** SIGTERM lets the API stop its embedded PostgreSQL. */
export default async function globalTeardown() {
  const children = globalThis.__E2E_CHILDREN__ ?? [];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
