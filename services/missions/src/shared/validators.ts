import { ValidateBy, type ValidationOptions } from 'class-validator';

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
