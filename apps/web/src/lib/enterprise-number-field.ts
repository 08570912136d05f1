import { enterpriseNumberFault } from '@chaman/contracts/patterns';
import { z } from 'zod';

/** A typed enterprise number, checked by the contracts' own rule (digits, length, first digit, check digits). */
export const enterpriseNumberField = () =>
  z.string().refine((value) => enterpriseNumberFault(value) === null, 'validation.enterpriseNumber');
