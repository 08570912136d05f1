import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, Matches } from 'class-validator';
import { SCOPE_PATTERN } from '../validation/patterns';

export const MAX_DELEGATION_SCOPES = 50;

/** The scopes of a delegation: a non-empty set of the REST account's scopes (checked against the account by the service). */
export function DelegationScopesField(): PropertyDecorator {
  return (target, property) => {
    IsArray()(target, property);
    ArrayMinSize(1)(target, property);
    ArrayMaxSize(MAX_DELEGATION_SCOPES)(target, property);
    ArrayUnique()(target, property);
    IsString({ each: true })(target, property);
    Matches(SCOPE_PATTERN, { each: true, message: 'each scope must be a letter then up to 99 letters, digits or . _ : / -' })(
      target,
      property,
    );
  };
}
