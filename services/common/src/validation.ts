import { validate, type ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import type { ValidatorFn } from 'type-graphql';

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
