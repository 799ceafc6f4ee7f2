import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The text is not empty once its edge spaces are removed. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim() !== '' },
    },
    options,
  );
}

/** At most `max` characters once edge spaces are removed (what the service stores). */
export function MaxTrimmedLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxTrimmedLength',
      constraints: [max],
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim().length <= max },
    },
    options,
  );
}

/** A 'YYYY-MM-DD' LocalDate whose year lies in [min, max]. */
export function IsDateInYears(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateInYears',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-/.test(value)) return false;
          const year = Number(value.slice(0, 4));
          return year >= min && year <= max;
        },
      },
    },
    options,
  );
}
