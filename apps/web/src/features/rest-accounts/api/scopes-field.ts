import { SCOPE_PATTERN } from '@chaman/contracts/patterns';
import { z } from 'zod';
import { scopesFrom } from './rest-accounts';

/** A typed list of scopes, each checked by the contracts' scope pattern. */
export const scopesField = () =>
  z.string().refine((text) => scopesFrom(text).every((scope) => SCOPE_PATTERN.test(scope)), 'validation.scopes');
