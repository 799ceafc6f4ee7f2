/**
 * graphql-js and Apollo speak English. People who use the hub read French, and clients need to
 * know which field is at fault: these rules rewrite the messages that bad requests produce most
 * often, and extract the offending field from them. Unknown messages are left as they are.
 */
export interface TranslatedMessage {
  message: string;
  field?: string;
}

type Rule = [RegExp, (match: RegExpExecArray) => string];

const REASONS: Rule[] = [
  [
    /^Value "([^"]*)" does not exist in "(\w+)" enum\./,
    (m) => `la valeur « ${m[1]} » n’existe pas dans ${m[2]}.`,
  ],
  [/^Int cannot represent non-integer value: (.*)$/, (m) => `nombre entier attendu (reçu ${m[1]}).`],
  [
    /^Int cannot represent non 32-bit signed integer value: (.*)$/,
    (m) => `nombre entier trop grand (reçu ${m[1]}).`,
  ],
  [/^Float cannot represent non numeric value: (.*)$/, (m) => `nombre attendu (reçu ${m[1]}).`],
  [/^String cannot represent a non string value: (.*)$/, (m) => `texte attendu (reçu ${m[1]}).`],
  [/^Boolean cannot represent a non boolean value: (.*)$/, (m) => `booléen attendu (reçu ${m[1]}).`],
  [/^ID cannot represent value: (.*)$/, (m) => `identifiant attendu (reçu ${m[1]}).`],
  [
    /^Field "(\w+)" of required type "([^"]+)" was not provided\./,
    (m) => `le champ obligatoire « ${m[1]} » manque.`,
  ],
  [
    /^Field "(\w+)" is not defined by type "(\w+)"\./,
    (m) => `le champ « ${m[1]} » n’existe pas dans ${m[2]}.`,
  ],
  [/^Expected non-nullable type "([^"]+)" not to be null\./, () => `une valeur est obligatoire.`],
  [
    /^Expected value of type "([^"]+)", found ([^;]*)(?:; (.*))?$/,
    (m) => `valeur de type ${m[1]} attendue (reçu ${m[2]}).`,
  ],
  [/LocalDate|Date/i, () => `date invalide : le format attendu est AAAA-MM-JJ (date du calendrier).`],
  [/^Expected type "(\w+)"\.?\s*(.*)$/, (m) => `valeur invalide pour le type ${m[1]}.`],
];

function translateReason(reason: string): string {
  for (const [pattern, render] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return render(match);
  }
  return reason;
}

/** For "Field "title" of required type … was not provided", the field is a child of the path. */
function missingChild(reason: string): string | null {
  return /^Field "(\w+)" of required type/.exec(reason)?.[1] ?? null;
}

function joinPath(base: string, child: string | null): string {
  return child ? `${base}.${child}` : base;
}

const WHOLE: Array<[RegExp, (match: RegExpExecArray) => TranslatedMessage]> = [
  [
    /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s,
    (m) => {
      const field = joinPath(m[2] ?? '', missingChild(m[3] ?? ''));
      return { message: `Valeur invalide pour « ${field} » : ${translateReason(m[3] ?? '')}`, field };
    },
  ],
  [
    /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s,
    (m) => {
      const field = joinPath(m[1] ?? '', missingChild(m[2] ?? ''));
      return { message: `Valeur invalide pour « ${field} » : ${translateReason(m[2] ?? '')}`, field };
    },
  ],
  [
    /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/,
    (m) => ({ message: `La variable obligatoire « $${m[1]} » (${m[2]}) manque.`, field: m[1] }),
  ],
  [
    /^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/,
    (m) => ({ message: `La variable « $${m[1]} » (${m[2]}) ne peut pas être nulle.`, field: m[1] }),
  ],
  [
    /^Cannot query field "(\w+)" on type "(\w+)"\.(.*)$/,
    (m) => ({ message: `Le champ « ${m[1]} » n’existe pas sur le type ${m[2]}.` }),
  ],
  [
    /^Unknown argument "(\w+)" on field "([\w.]+)"\./,
    (m) => ({ message: `L’argument « ${m[1]} » n’existe pas sur ${m[2]}.`, field: m[1] }),
  ],
  [
    /^Field "(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (m) => ({ message: `L’argument obligatoire « ${m[2]} » (${m[3]}) de « ${m[1]} » manque.`, field: m[2] }),
  ],
  [/^Syntax Error: (.*)$/, (m) => ({ message: `Erreur de syntaxe dans la requête : ${m[1]}` })],
  [
    /^Value "([^"]*)" does not exist in "(\w+)" enum\.(.*)$/s,
    (m) => ({ message: `La valeur « ${m[1]} » n’existe pas dans l’énumération ${m[2]}.` }),
  ],
  [
    /^Enum "(\w+)" cannot represent non-enum value: (.*?)\.(.*)$/s,
    (m) => ({ message: `Valeur invalide pour l’énumération ${m[1]} : ${m[2]}.` }),
  ],
  [
    /^Operation batching disabled\.$/,
    () => ({
      message:
        'Les requêtes groupées (un tableau d’opérations) ne sont pas acceptées : envoyez une opération par requête.',
    }),
  ],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    () => ({
      message:
        'Requête refusée par la protection contre la falsification de requête (CSRF) : envoyez-la avec « Content-Type: application/json » ou un en-tête « Apollo-Require-Preflight ».',
    }),
  ],
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    () => ({
      message:
        'Corps de requête absent ou vide, ou Content-Type non JSON : envoyez un objet JSON { "query": … }.',
    }),
  ],
  [
    /^GraphQL operations must contain a non-empty `query`/,
    () => ({ message: 'La requête doit contenir une opération GraphQL non vide (champ « query »).' }),
  ],
  [
    /^`(\w+)` in a POST body (?:should|must) be provided as (.*)$/s,
    (m) => ({ message: `Le champ « ${m[1]} » du corps de la requête est mal formé.`, field: m[1] }),
  ],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => ({
      message: 'La requête contient plusieurs opérations : indiquez laquelle exécuter (operationName).',
      field: 'operationName',
    }),
  ],
  [
    /^Unknown operation named "(.*)"\.$/,
    (m) => ({ message: `Aucune opération nommée « ${m[1]} » dans la requête.`, field: 'operationName' }),
  ],
  [
    /^Cannot (?:execute|run) (?:a )?(?:subscription|mutation)s? (?:over|with) GET/i,
    () => ({ message: 'Une mutation ne peut pas être envoyée en GET : utilisez POST.' }),
  ],
  [
    /^Field "(\w+)" is not defined by type "(\w+)"\./,
    (m) => ({ message: `Le champ « ${m[1]} » n’existe pas dans le type d’entrée ${m[2]}.`, field: m[1] }),
  ],
  [/^Unknown type "(\w+)"\./, (m) => ({ message: `Le type « ${m[1]} » n’existe pas dans le schéma.` })],
  [
    /^Argument "(\w+)" has invalid value (.*)$/s,
    (m) => ({ message: `Valeur invalide pour l’argument « ${m[1]} ».`, field: m[1] }),
  ],
];

export function translateGraphQLMessage(message: string): TranslatedMessage | null {
  for (const [pattern, render] of WHOLE) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return null;
}

/*
 * Transport errors: what fails before GraphQL runs (the body cannot be read) answers in the same
 * JSON shape as every other error — French message, stable code — never Express's HTML page.
 */

export interface TransportErrorResponse {
  status: number;
  body: { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
}

interface HttpErrorLike {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  limit?: unknown;
  charset?: unknown;
  encoding?: unknown;
  stack?: unknown;
}

function kiloBytes(limit: unknown): string {
  return typeof limit === 'number' ? `${Math.round(limit / 1024).toLocaleString('fr-FR')} Kio` : '1 Mio';
}

/** The answer to an error raised while reading a request (body-parser's `type` tells which). */
export function transportErrorResponse(
  error: unknown,
  options: { exposeInternals: boolean },
): TransportErrorResponse {
  const http = (typeof error === 'object' && error !== null ? error : {}) as HttpErrorLike;
  const status = Number(http.status ?? http.statusCode);
  const answer = (statusCode: number, code: string, message: string): TransportErrorResponse => ({
    status: statusCode,
    body: {
      errors: [
        {
          message,
          extensions: {
            code,
            ...(options.exposeInternals && typeof http.stack === 'string'
              ? { stacktrace: http.stack.split('\n') }
              : {}),
          },
        },
      ],
    },
  });
  switch (http.type) {
    case 'entity.parse.failed':
      return answer(
        400,
        'BAD_REQUEST',
        'Le corps de la requête n’est pas un JSON valide : envoyez un objet { "query": …, "variables": … }.',
      );
    case 'entity.too.large':
      return answer(
        413,
        'PAYLOAD_TOO_LARGE',
        `Requête trop volumineuse : ${kiloBytes(http.limit)} au plus. Allégez les variables ou découpez l’opération.`,
      );
    case 'charset.unsupported':
      return answer(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Jeu de caractères non pris en charge : envoyez du JSON en UTF-8.',
      );
    case 'encoding.unsupported':
      return answer(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Compression du corps non prise en charge : utilisez gzip, deflate ou aucune.',
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return answer(400, 'BAD_REQUEST', 'Le corps de la requête est incomplet : renvoyez-la.');
    default:
      if (status >= 400 && status < 500) {
        return answer(
          status,
          'BAD_REQUEST',
          'Requête mal formée : vérifiez son en-tête Content-Type et son corps JSON.',
        );
      }
      return answer(500, 'INTERNAL_SERVER_ERROR', 'Erreur interne du serveur. Réessayez plus tard.');
  }
}
