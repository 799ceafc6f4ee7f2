/**
 * Case- and accent-folding shared by SQL and TypeScript: the migration defines `profiles.fold_text`
 * (IMMUTABLE, for the generated columns; `unaccent()` is only STABLE) with a frozen copy of this
 * table. Changing it here takes a new migration redefining `fold_text`; a test compares both.
 */
export const FOLD_FROM = 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ’';
export const FOLD_TO = "AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy'";

const FOLD_MAP = new Map([...FOLD_FROM].map((char, index) => [char, FOLD_TO[index] ?? char]));

export function foldText(value: string): string {
  let folded = '';
  for (const char of value) folded += FOLD_MAP.get(char) ?? char;
  return folded.replace(/[Œœ]/g, 'oe').replace(/[Ææ]/g, 'ae').toLowerCase();
}

/** Escapes LIKE wildcards so that a user's `%` or `_` matches itself. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
