import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * For input fields that may be omitted but never set to null (the column is NOT NULL): unlike
 * `@IsOptional()`, a null still goes through the other validators and fails them.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** A string that, once trimmed, is neither empty nor longer than `max` characters. */
export function IsTrimmedText(max: number, options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrimmedText',
      constraints: [max],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim().length > 0 && value.trim().length <= max,
      },
    },
    options,
  );
}
