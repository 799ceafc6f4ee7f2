/**
 * French phrasing helpers. Referential entries are written with their article (« le téléservice… »,
 * « l’ANSSI ») so that contractions (« du », « au », « de l’ ») come out right wherever they are used.
 */

const ARTICLE = /^(le |la |les |l’)/i;

function splitArticle(phrase: string): { article: string; rest: string } {
  const match = ARTICLE.exec(phrase);
  if (!match) return { article: '', rest: phrase };
  return { article: (match[1] as string).toLowerCase(), rest: phrase.slice(match[0].length) };
}

/** « le X » → « du X », « la X » → « de la X », « l’X » → « de l’X », « les X » → « des X ». */
export function de(phrase: string): string {
  const { article, rest } = splitArticle(phrase);
  switch (article) {
    case 'le ':
      return `du ${rest}`;
    case 'les ':
      return `des ${rest}`;
    case 'la ':
      return `de la ${rest}`;
    case 'l’':
      return `de l’${rest}`;
    default:
      return /^[aeiouyéèêàâîïôûh]/i.test(rest) ? `d’${rest}` : `de ${rest}`;
  }
}

/** « le X » → « au X », « la X » → « à la X », « l’X » → « à l’X », « les X » → « aux X ». */
export function a(phrase: string): string {
  const { article, rest } = splitArticle(phrase);
  switch (article) {
    case 'le ':
      return `au ${rest}`;
    case 'les ':
      return `aux ${rest}`;
    case 'la ':
      return `à la ${rest}`;
    case 'l’':
      return `à l’${rest}`;
    default:
      return `à ${rest}`;
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word is an acronym (« RSSI adjoint » stays). */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** ASCII, lower case, words joined by hyphens: the local part of a professional e-mail. */
export function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** « 3 mars 2025 » from `2025-03-03`. */
export function frenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}
