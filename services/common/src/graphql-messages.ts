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
