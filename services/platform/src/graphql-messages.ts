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
    /^ID cannot represent a non-string and non-integer value: (.*)$/,
    (m) => `identifiant attendu (reçu ${m[1]}).`,
  ],
  [/^String cannot represent value: (.*)$/, (m) => `texte attendu (reçu ${m[1]}).`],
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
  // graphql-scalars' own words when a literal is not one of its values (a subgraph checks them).
  [
    /^Value is not a valid LocalDate: (.*)$/s,
    (m) => ({
      message: `Date invalide (reçu ${m[1]}) : le format attendu est AAAA-MM-JJ (date du calendrier).`,
    }),
  ],
  [
    /^Value is not a valid (\w+): (.*)$/s,
    (m) => ({ message: `Valeur invalide pour le type ${m[1]} (reçu ${m[2]}).` }),
  ],
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
    /^`(\w+)` in a POST body (?:should|must) be (?:provided as|an? \w+ if provided)(.*)$/s,
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
  // The rest of graphql-js's validation of an operation, as the gateway's fuzzer met it.
  [
    /^Field "(\w+)\.(\w+)" of required type "([^"]+)" was not provided\.$/,
    (m) => ({ message: `Le champ obligatoire « ${m[2]} » (${m[3]}) de ${m[1]} manque.`, field: m[2] }),
  ],
  [
    /^Expected value of type "([^"]+)", found (.*?)(?:; (.*))?$/s,
    (m) => ({
      message: `Valeur de type ${m[1]} attendue (reçu ${m[2]})${m[3] ? ` : ${translateReason(m[3])}` : '.'}`,
    }),
  ],
  [
    /^Field "(\w+)" of type "([^"]+)" must have (?:a selection of subfields|at least one field selected)\./,
    (m) => ({
      message: `Le champ « ${m[1]} » (type ${m[2]}) demande une sélection de sous-champs : « ${m[1]} { … } ».`,
    }),
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (m) => ({
      message: `Le champ « ${m[1]} » (type ${m[2]}) n’a pas de sous-champs : retirez sa sélection.`,
    }),
  ],
  [
    /^Fragment "(\w+)" is never used\.$/,
    (m) => ({ message: `Le fragment « ${m[1]} » n’est jamais utilisé.` }),
  ],
  [/^Unknown fragment "(\w+)"\.$/, (m) => ({ message: `Le fragment « ${m[1]} » n’est pas défini.` })],
  [
    /^Cannot spread fragment "(\w+)" within itself/,
    (m) => ({ message: `Le fragment « ${m[1]} » s’inclut lui-même.` }),
  ],
  [
    /^Fragment (?:"(\w+)" )?cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\.$/,
    (m) => ({
      message: `Le fragment${m[1] ? ` « ${m[1]} »` : ''} ne peut pas s’appliquer ici : un objet de type ${m[2]} n’est jamais de type ${m[3]}.`,
    }),
  ],
  [
    /^Fragment (?:"(\w+)" )?cannot condition on non composite type "([^"]+)"\.$/,
    (m) => ({ message: `Un fragment porte sur un type objet, interface ou union, pas sur ${m[2]}.` }),
  ],
  [
    /^There can be only one (fragment|operation) named "(\w+)"\.$/,
    (m) => ({
      message: `Plusieurs ${m[1] === 'fragment' ? 'fragments' : 'opérations'} s’appellent « ${m[2]} ».`,
    }),
  ],
  [
    /^There can be only one variable named "\$(\w+)"\.$/,
    (m) => ({ message: `La variable « $${m[1]} » est déclarée plusieurs fois.`, field: m[1] }),
  ],
  [
    /^There can be only one (argument|input field) named "(\w+)"\.$/,
    (m) => ({
      message: `${m[1] === 'argument' ? 'L’argument' : 'Le champ d’entrée'} « ${m[2]} » est donné plusieurs fois.`,
      field: m[2],
    }),
  ],
  [
    /^The directive "@(\w+)" can only be used once at this location\.$/,
    (m) => ({ message: `La directive « @${m[1]} » ne peut figurer qu’une fois à cet endroit.` }),
  ],
  [/^Unknown directive "@(\w+)"\.$/, (m) => ({ message: `La directive « @${m[1]} » n’existe pas.` })],
  [
    /^Directive "@(\w+)" may not be used on (\w+)\.$/,
    (m) => ({ message: `La directive « @${m[1]} » n’est pas permise à cet endroit (${m[2]}).` }),
  ],
  [
    /^Unknown argument "(\w+)" on directive "@(\w+)"\./,
    (m) => ({ message: `L’argument « ${m[1]} » n’existe pas sur la directive « @${m[2]} ».`, field: m[1] }),
  ],
  [
    /^Directive "@(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (m) => ({
      message: `L’argument obligatoire « ${m[2]} » (${m[3]}) de la directive « @${m[1]} » manque.`,
      field: m[2],
    }),
  ],
  [
    /^Variable "\$(\w+)" is never used/,
    (m) => ({ message: `La variable « $${m[1]} » est déclarée mais jamais utilisée.`, field: m[1] }),
  ],
  [
    /^Variable "\$(\w+)" is not defined/,
    (m) => ({ message: `La variable « $${m[1]} » est utilisée sans être déclarée.`, field: m[1] }),
  ],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    (m) => ({
      message: `La variable « $${m[1]} » (type ${m[2]}) est utilisée là où le type ${m[3]} est attendu.`,
      field: m[1],
    }),
  ],
  [
    /^Variable "\$(\w+)" cannot be non-input type "([^"]+)"\.$/,
    (m) => ({
      message: `La variable « $${m[1]} » ne peut pas être du type ${m[2]}, qui n’est pas un type d’entrée.`,
      field: m[1],
    }),
  ],
  [
    /^Fields "(\w+)" conflict because/,
    (m) => ({
      message: `Les champs « ${m[1]} » demandés au même endroit se contredisent (arguments ou types différents) : donnez-leur des alias différents.`,
    }),
  ],
  [
    /^(?:Subscription "\w+"|Anonymous Subscription) must select only one top level field\.$/,
    () => ({ message: 'Une souscription porte sur un seul champ racine.' }),
  ],
  [
    /^(?:Subscription "\w+"|Anonymous Subscription) must not select an introspection top level field\.$/,
    () => ({ message: 'Une souscription ne peut pas porter sur un champ d’introspection.' }),
  ],
  [
    /^This anonymous operation must be the only defined operation\.$/,
    () => ({ message: 'Une opération sans nom doit être la seule du document.' }),
  ],
  [
    /^The (.+) definition is not executable\.$/,
    (m) => ({ message: `Le document ne contient que des opérations et des fragments (« ${m[1]} » refusé).` }),
  ],
  [
    /^(?:Int|Float|String|Boolean|ID) cannot represent .*$/s,
    (m) => ({ message: `Valeur invalide : ${translateReason(m[0])}` }),
  ],
  [
    /^Argument "(\w+)" of required type "([^"]+)" was provided the variable "\$(\w+)" which was not provided a runtime value\.$/,
    (m) => ({
      message: `L’argument obligatoire « ${m[1]} » (${m[2]}) reçoit la variable « $${m[3]} », qui n’a pas de valeur ici (sur le champ racine d’une souscription, écrivez la valeur de @include et @skip plutôt qu’une variable).`,
      field: m[1],
    }),
  ],
  [
    /^Argument "(\w+)" of (?:required|non-null) type "([^"]+)" (?:was not provided|must not be null)\.$/,
    (m) => ({ message: `L’argument obligatoire « ${m[1]} » (${m[2]}) manque ou est nul.`, field: m[1] }),
  ],
  [/^Maximum introspection depth exceeded$/, () => ({ message: 'Introspection trop imbriquée.' })],
  // Apollo Server's refusals of the HTTP request itself.
  [
    /^An 'accept' header was provided for this request which does not accept/,
    () => ({
      message:
        'L’en-tête Accept de la requête n’admet ni application/json ni application/graphql-response+json, les seuls formats de réponse du hub.',
    }),
  ],
  [
    /^GET requests only support query operations, not (\w+) operations/,
    (m) => ({
      message: `${m[1] === 'mutation' ? 'Une mutation' : 'Une souscription'} ne peut pas être envoyée en GET : utilisez POST.`,
    }),
  ],
  [
    /^Apollo Server supports only GET\/POST requests\.$/,
    () => ({ message: 'Seules les méthodes GET et POST sont acceptées sur /graphql.' }),
  ],
  [
    /^GET requests may not have a content-type header other than application\/json\.$/,
    () => ({ message: 'Une requête GET ne peut porter d’autre Content-Type que application/json.' }),
  ],
  [
    /^The '?(\w+)'? search parameter (?:contains invalid JSON|should contain a JSON-encoded object|may only be specified once)/,
    (m) => ({
      message: `Le paramètre « ${m[1]} » de l’adresse est mal formé : un objet JSON, donné une fois, est attendu.`,
      field: m[1],
    }),
  ],
  [
    /^GraphQL queries must be strings\.$/,
    () => ({ message: 'Le champ « query » doit être un texte.', field: 'query' }),
  ],
  [/^No operations found in request\.$/, () => ({ message: 'La requête ne contient aucune opération.' })],
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
