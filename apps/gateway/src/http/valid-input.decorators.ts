import { type InputLocation, validateRequest } from '@chaman/contracts';
import { Body, type PipeTransform, Param, Query } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { ClassConstructor } from 'class-transformer';

class ContractValidation<T extends object> implements PipeTransform<unknown, T> {
  constructor(
    private readonly type: ClassConstructor<T>,
    private readonly location: InputLocation,
  ) {}

  transform(value: unknown): T {
    return validateRequest(this.type, value ?? {}, this.location);
  }
}

/** The request body, validated against a contract class (and documented with its schema). */
export function ValidBody<T extends object>(type: ClassConstructor<T>): ParameterDecorator {
  return (target, key, index) => {
    Body(new ContractValidation(type, 'body'))(target, key, index);
    if (key !== undefined) ApiBody({ type })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** All path parameters, validated together against a contract class. */
export const ValidPath = <T extends object>(type: ClassConstructor<T>): ParameterDecorator => Param(new ContractValidation(type, 'path'));

/** All query parameters, validated together against a contract class. */
export const ValidQuery = <T extends object>(type: ClassConstructor<T>): ParameterDecorator => Query(new ContractValidation(type, 'query'));
