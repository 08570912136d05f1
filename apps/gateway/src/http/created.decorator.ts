import { applyDecorators, type CallHandler, type ExecutionContext, HttpCode, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';

class LocationInterceptor<Body> implements NestInterceptor<Body, Body> {
  constructor(private readonly idOf?: (body: Body) => string) {}

  intercept(context: ExecutionContext, next: CallHandler<Body>): Observable<Body> {
    return next.handle().pipe(
      tap((body) => {
        const http = context.switchToHttp();
        const reply = http.getResponse<FastifyReply>();
        if (reply.statusCode !== 201) return;
        const path = http.getRequest<FastifyRequest>().url.split('?')[0].replace(/\/$/, '');
        void reply.header('location', this.idOf ? `${path}/${encodeURIComponent(this.idOf(body))}` : path);
      }),
    );
  }
}

/** Belgif: a `201` says where the new resource is (`Location`): the collection's URL followed by the new id. */
export const Created = <Body>(idOf: (body: Body) => string): MethodDecorator => applyDecorators(HttpCode(201), UseInterceptors(new LocationInterceptor(idOf)));

/** For a `PUT` that may create (`201`) the resource at its own URL: `Location` is the request's path. */
export const LocatedWhenCreated = (): MethodDecorator => UseInterceptors(new LocationInterceptor());
