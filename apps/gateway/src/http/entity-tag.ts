import {
  applyDecorators,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { ClassConstructor } from 'class-transformer';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';
import { Answers } from '../openapi/answers.decorator';

/*
 * Belgif resources that can be updated answer with an `ETag`: the resource's version (its `updatedAt`), quoted. An
 * update may carry it back in `If-Match`; the service refuses it with `412 preconditionFailed` when it changed since.
 */

const TAG = /^"([^"]{1,200})"$/;

class EntityTagInterceptor implements NestInterceptor<{ updatedAt: string }, { updatedAt: string }> {
  intercept(context: ExecutionContext, next: CallHandler<{ updatedAt: string }>): Observable<{ updatedAt: string }> {
    return next
      .handle()
      .pipe(tap((resource) => void context.switchToHttp().getResponse<FastifyReply>().header('etag', `"${resource.updatedAt}"`)));
  }
}

/** The answer is `view`, with the resource's `ETag` (both in the OpenAPI document too). */
export const Tagged = (view: ClassConstructor<object>): MethodDecorator =>
  applyDecorators(
    UseInterceptors(new EntityTagInterceptor()),
    Answers(view, 200, { ETag: "The resource's version, to send back in If-Match." }),
  );

/** An update that honours `If-Match`, said in the OpenAPI document; the `IfMatch` parameter reads it. */
export const Conditional = (): MethodDecorator =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag last read: 412 preconditionFailed if the resource changed since; absent, no precondition.',
  });

/**
 * The version `If-Match` names, for the service to compare: absent or `*` (any version) is no precondition; what is
 * not one strong tag (a list, a weak tag) matches no version this API issued, and is passed on to fail as such.
 */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  return TAG.exec(header.trim())?.[1] ?? header.slice(0, 200);
});
