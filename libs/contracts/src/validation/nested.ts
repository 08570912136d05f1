import { type ClassConstructor, Type } from 'class-transformer';
import { IsArray, IsObject, ValidateNested } from 'class-validator';

/** A member holding one object of a contract class: validated as that class, a `$ref` to it in the schemas. */
export function Nested(type: () => ClassConstructor<object>): PropertyDecorator {
  return (target, property) => {
    IsObject()(target, property);
    ValidateNested()(target, property);
    Type(type)(target, property);
  };
}

/** A member holding a list of objects of a contract class. */
export function NestedList(type: () => ClassConstructor<object>): PropertyDecorator {
  return (target, property) => {
    IsArray()(target, property);
    ValidateNested({ each: true })(target, property);
    Type(type)(target, property);
  };
}
