const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * A page in the State's sober style (DSFR colours and spacing, system fonts since Marianne is not
 * bundled): the few screens the gateway itself shows — persona picker, sign-in errors.
 */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Talents numériques</title>
<style>
  :root { color-scheme: light; --blue: #000091; --grey: #3a3a3a; --line: #dddddd; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #161616; background: #fff; line-height: 1.5; }
  header { border-bottom: 1px solid var(--line); padding: 1rem 1.5rem; }
  header p { margin: 0; font-weight: 700; }
  header small { color: var(--grey); }
  main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; }
  h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1.5rem; }
  ul.personas { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
  ul.personas li { border: 1px solid var(--line); border-bottom: 3px solid var(--blue); padding: 1rem 1.25rem; }
  .name { font-weight: 700; font-size: 1.125rem; margin: 0; }
  .roles { margin: .25rem 0 .75rem; color: var(--grey); }
  button, a.button { font: inherit; font-weight: 500; background: var(--blue); color: #fff; border: 0; padding: .5rem 1.5rem; cursor: pointer; text-decoration: none; display: inline-block; }
  button:hover, a.button:hover { background: #1212ff; }
  button:focus-visible, a:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
  .notice { border-left: 4px solid var(--blue); background: #f5f5fe; padding: .75rem 1rem; margin-bottom: 1.5rem; }
  .error { border-left-color: #ce0500; background: #fef4f4; }
</style>
</head>
<body>
<header><p>République française</p><small>Partagez vos talents numériques</small></header>
<main id="contenu">
${body}
</main>
</body>
</html>
`;
}

export function errorPage(title: string, message: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
<div class="notice error" role="alert"><p>${escapeHtml(message)}</p></div>
<p><a class="button" href="/">Retour à l’accueil</a></p>`,
  );
}
