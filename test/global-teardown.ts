export default async function globalTeardown(): Promise<void> {
  await globalThis.migratedTemplateForTests?.drop();
  globalThis.migratedTemplateForTests = undefined;
  await globalThis.embeddedPostgresForTests?.stop();
  globalThis.embeddedPostgresForTests = undefined;
}
