import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, type FieldValues, type Resolver, useForm, type UseFormReturn } from 'react-hook-form';
import type { ZodType } from 'zod';

/**
 * A form validated by a zod schema (whose input type is `T`). Errors do not move the focus to the first field: the
 * form's error summary takes it (GOV.UK pattern), and its links lead to each field.
 */
export function useSchemaForm<T extends FieldValues>(schema: ZodType, defaultValues: DefaultValues<T>): UseFormReturn<T> {
  const resolver = zodResolver(schema as never) as unknown as Resolver<T>;
  return useForm<T>({ resolver, defaultValues, shouldFocusError: false });
}
