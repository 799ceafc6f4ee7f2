import { validate, ValidateBy, type ValidationError, type ValidationOptions } from 'class-validator';
import { GraphQLError } from 'graphql';
import type { MiddlewareFn, ValidatorFn } from 'type-graphql';

/** One input field at fault and what to do about it, in French. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Flattens class-validator's tree into `path → message` pairs, paths joined with dots. */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...validationProblems(error.children ?? [], path)];
  });
}

/** Several problems at once, the first one naming `field` as `badUserInput` does. */
export function invalidFields(fields: FieldProblem[]): GraphQLError {
  const first = fields[0] ?? { field: 'input', message: 'Données invalides.' };
  return new GraphQLError(first.message, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, fields },
  });
}

/**
 * class-validator for one argument, reporting full field paths (`input.title`, not `title`): the
 * global type-graphql validation only knows property names relative to the argument.
 */
export function validateArgument(argName: string): ValidatorFn {
  return async (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const errors = await validate(value, {
      forbidUnknownValues: false,
      skipMissingProperties: true,
      validationError: { target: false, value: false },
    });
    if (errors.length > 0) throw invalidFields(validationProblems(errors, argName));
  };
}

/*
 * Text is text: one rule for every text a caller sends, whatever the field. PostgreSQL cannot store
 * a NUL (it failed with an internal error), control characters and lone surrogates are no text a
 * person types, and a value made only of invisible characters is as empty as a blank one.
 */

/** C0 and C1 control characters; tab, line feed and carriage return only where lines are allowed. */
// Matching control characters is the point of these two patterns.
// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What shows nothing: white space, format characters (zero-width, BOM, soft hyphen…) and blank look-alikes. */
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;
const INVISIBLE_EDGES =
  /^[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]+|[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]+$/gu;

/** The longest id the hub stores (slugs, UUIDs): a longer one is no id of ours. */
export const ID_MAX_LENGTH = 100;

export const TEXT_MESSAGES = {
  control:
    'Le texte contient un caractère de contrôle ou invisible non autorisé (octet nul, saut de page…) : retirez-le.',
  singleLine: 'Ce champ tient sur une ligne : retirez les sauts de ligne et tabulations.',
  surrogate: 'Le texte contient un caractère Unicode mal formé (demi-paire de substitution) : retirez-le.',
  id: `Identifiant invalide : une valeur non vide d’au plus ${ID_MAX_LENGTH} caractères, sans espace ni caractère de contrôle, est attendue.`,
} as const;

export type TextProblem = 'control' | 'singleLine' | 'surrogate';

/** What makes a string no text at all, or null when it is fine. */
export function textProblem(value: string, options: { multiline?: boolean } = {}): TextProblem | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (CONTROL_MULTILINE.test(value)) return 'control';
  if (!options.multiline && CONTROL_SINGLE_LINE.test(value)) return 'singleLine';
  return null;
}

/** The text as stored: edge spaces and invisible characters removed, so invisible-only text is ''. */
export function cleanText(value: string): string {
  return value.replace(INVISIBLE_EDGES, '');
}

/** Whether nothing visible is left. */
export function isBlankText(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

export interface TextOptions extends ValidationOptions {
  /** Line breaks and tabs allowed (descriptions, motivations); refused in one-line fields. */
  multiline?: boolean;
  /** Fewest visible characters once cleaned; default 1 (required text). 0: may be empty. */
  min?: number;
  /** Instead of `message` when the text is empty or too short once cleaned. */
  emptyMessage?: string;
  /** Instead of `message` when the text is too long once cleaned. */
  tooLongMessage?: string;
}

/** What is wrong with a text input under its bounds, or null when it is fine. */
function textVerdict(
  value: unknown,
  bounds: { multiline?: boolean; min: number; max: number },
): TextProblem | 'short' | 'long' | null {
  if (typeof value !== 'string') return 'short';
  const problem = textProblem(value, { multiline: bounds.multiline });
  if (problem) return problem;
  const length = cleanText(value).length;
  return length < bounds.min ? 'short' : length > bounds.max ? 'long' : null;
}

/**
 * A text input: a string with no control character (line breaks only where `multiline`) nor lone
 * surrogate, of `min` to `max` characters once cleaned (`cleanText`) — invisible-only counts as
 * empty. `message` speaks of emptiness and length; the other problems have their own messages.
 * Inputs that are no class (a resolver's own argument) are checked by `checkText`, the same rule.
 */
export function IsTrimmedText(max: number, options: TextOptions = {}): PropertyDecorator {
  const { multiline, min = 1, message, emptyMessage, tooLongMessage, ...rest } = options;
  const problemOf = (value: unknown) => textVerdict(value, { multiline, min, max });
  return ValidateBy(
    {
      name: 'isTrimmedText',
      constraints: [max, min],
      validator: {
        validate: (value: unknown) => problemOf(value) === null,
        defaultMessage: (args) => {
          const problem = problemOf(args?.value);
          if (problem === 'short' && emptyMessage) return emptyMessage;
          if (problem === 'long' && tooLongMessage) return tooLongMessage;
          if (problem && problem !== 'short' && problem !== 'long') return TEXT_MESSAGES[problem];
          if (typeof message === 'function' && args) return message(args);
          return typeof message === 'string'
            ? message
            : `Le texte doit compter entre ${min} et ${max} caractères.`;
        },
      },
    },
    rest,
  );
}

/** The bounds of a text argument that `checkText` applies, with the French words for each fault. */
export interface TextRules {
  /** Required: what to say when nothing visible is given. Absent: an empty text is null. */
  required?: string;
  /** The most characters once cleaned; none: only the arguments' own bound applies. */
  max?: number;
  /** What to say beyond `max`; default « Au plus N caractères. ». */
  tooLong?: string;
  /** Line breaks and tabs allowed: default true (reasons, comments). */
  multiline?: boolean;
}

/**
 * A text argument checked where it is used (not an input class): `IsTrimmedText`'s rule, then
 * the text as stored (`cleanText`), null when empty and not required. Faults are BAD_USER_INPUT
 * naming `field`: a malformed text, then an empty required one, then a too long one.
 */
export function checkText(
  value: string | null | undefined,
  field: string,
  rules: TextRules & { required: string },
): string;
export function checkText(value: string | null | undefined, field: string, rules?: TextRules): string | null;
export function checkText(
  value: string | null | undefined,
  field: string,
  rules: TextRules = {},
): string | null {
  const { required, max = Number.POSITIVE_INFINITY, multiline = true } = rules;
  const verdict = textVerdict(value ?? '', { multiline, min: required ? 1 : 0, max });
  const fault = (message: string) => invalidFields([{ field, message }]);
  if (verdict === 'short') throw fault(required!);
  if (verdict === 'long') throw fault(rules.tooLong ?? `Au plus ${max} caractères.`);
  if (verdict) throw fault(TEXT_MESSAGES[verdict]);
  return cleanText(value ?? '') || null;
}

/** Whether a value is an id the hub could have written: see `ID_MAX_LENGTH`. */
export function isBoundedId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= ID_MAX_LENGTH &&
    !/[\p{White_Space}\p{Cf}]/u.test(value) &&
    textProblem(value) === null
  );
}

/** An id input (`each: true` for a list): see `isBoundedId`. */
export function IsBoundedId(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBoundedId',
      validator: { validate: (value: unknown) => isBoundedId(value), defaultMessage: () => TEXT_MESSAGES.id },
    },
    options,
  );
}

/** Longest string any argument may carry (the longest text field is 5,000 characters). */
const ARGUMENT_MAX_LENGTH = 10_000;

function firstBadString(value: unknown, path: string): FieldProblem | null {
  if (typeof value === 'string') {
    const problem = textProblem(value, { multiline: true });
    if (problem) return { field: path, message: TEXT_MESSAGES[problem] };
    if (value.length > ARGUMENT_MAX_LENGTH) {
      return { field: path, message: `Valeur trop longue : ${ARGUMENT_MAX_LENGTH} caractères au plus.` };
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstBadString(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstBadString(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Every argument of every field, ids, filters and cursors included, before any resolver or SQL
 * sees it: no control character, lone surrogate or oversized string gets further (BAD_USER_INPUT
 * naming the argument path). The field validators then apply each field's own bounds.
 */
export const TextArguments: MiddlewareFn = async ({ args }, next) => {
  const problem = firstBadString(args, '');
  if (problem) throw invalidFields([problem]);
  return next();
};

/*
 * Dates that make sense: the programme lives in French time, so « today » is the date in Paris.
 */

/** Today's date in Europe/Paris, as 'YYYY-MM-DD' (the form LocalDate values and date columns take). */
export function todayInParis(now: Date = new Date()): string {
  // The Canadian French format is ISO's year-month-day order.
  return new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** 'YYYY-MM-DD' as a French reader writes it: '30/06/2026'. */
export function frenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
