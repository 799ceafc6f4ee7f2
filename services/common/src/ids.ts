const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unknown ids and malformed ids are the same thing to a client: nothing by that id exists. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** UUIDs compare as lower-case text in maps and loaders; PostgreSQL prints them lower-case too. */
export function normaliseUuid(value: string): string {
  return value.toLowerCase();
}
