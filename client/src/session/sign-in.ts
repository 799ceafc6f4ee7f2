/** `/auth/login`, coming back to `returnTo` once signed in (ProConnect, or the persona picker in dev). */
export function signInHref(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
