import { ValidateIf } from 'class-validator';

/**
 * For input fields that may be omitted but never set to null (the column is NOT NULL): unlike
 * `@IsOptional()`, a null still goes through the other validators and fails them.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
