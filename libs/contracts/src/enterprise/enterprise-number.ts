import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { type EnterpriseNumberFault, enterpriseNumberFault, normalizeEnterpriseNumber } from '../validation/patterns';

export { type EnterpriseNumberFault, enterpriseNumberFault, normalizeEnterpriseNumber } from '../validation/patterns';

const FAULT_DETAILS: Record<EnterpriseNumberFault, string> = {
  notDigits: 'must contain only digits (optionally written BE0123456749 or 0123.456.749)',
  wrongLength: 'must have exactly 10 digits',
  wrongFirstDigit: 'must start with 0 or 1',
  wrongChecksum: 'fails the check: the last two digits must be 97 - (the first 8 digits mod 97)',
};

export function describeEnterpriseNumberFault(fault: EnterpriseNumberFault): string {
  return `enterprise number ${FAULT_DETAILS[fault]}`;
}

/**
 * Validates a CBE/KBO enterprise number and normalizes it to its 10 bare digits. Use on every DTO property
 * and path parameter that carries one, so every layer stores and compares the same form.
 */
export function IsEnterpriseNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const digits = { type: 'string', description: 'CBE/KBO enterprise number (answered as 10 digits)' } as const;
    JSONSchema(options?.each ? { type: 'array', items: digits } : digits)(target, propertyName as string);
    Transform(({ value }) =>
      typeof value === 'string' && enterpriseNumberFault(value) === null ? normalizeEnterpriseNumber(value) : value,
    )(target, propertyName);
    registerDecorator({
      name: 'isEnterpriseNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && enterpriseNumberFault(value) === null,
        defaultMessage: (args) => {
          const value = args?.value;
          return typeof value === 'string'
            ? describeEnterpriseNumberFault(enterpriseNumberFault(value) ?? 'notDigits')
            : 'enterprise number must be a string';
        },
      },
    });
  };
}
