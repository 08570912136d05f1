import { type CallHandler, createParamDecorator, type ExecutionContext, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';

/*
 * Belgif resources that can be updated answer with an `ETag`: the resource's version (its `updatedAt`), quoted. An
 * update may carry it back in `If-Match`; the service refuses it with `412 preconditionFailed` when it changed since.
 */

const TAG = /^"([^"]{1,200})"$/;

class EntityTagInterceptor implements NestInterceptor<{ updatedAt: string }, { updatedAt: string }> {
  intercept(context: ExecutionContext, next: CallHandler<{ updatedAt: string }>): Observable<{ updatedAt: string }> {
    return next.handle().pipe(tap((resource) => void context.switchToHttp().getResponse<FastifyReply>().header('etag', `"${resource.updatedAt}"`)));
  }
}

/** The answer carries the resource's `ETag`. */
export const Tagged = (): MethodDecorator => UseInterceptors(new EntityTagInterceptor());

/**
 * The version `If-Match` names, for the service to compare: absent or `*` (any version) is no precondition; what is
 * not one strong tag (a list, a weak tag) matches no version this API issued, and is passed on to fail as such.
 */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  return TAG.exec(header.trim())?.[1] ?? header.slice(0, 200);
});
