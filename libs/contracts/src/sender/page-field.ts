import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { PageQuery } from '../pagination/page';

/** The `page` member of a list request: the HTTP query's `limit` and `cursor`, validated again by the service. */
export function PageField(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    IsObject()(target, property);
    ValidateNested()(target, property);
    Type(() => PageQuery)(target, property);
  };
}
