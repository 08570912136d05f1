import { applyDecorators, type CallHandler, type ExecutionContext, HttpCode, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';
import { Answers } from '../openapi/answers.decorator';

const LOCATION = { Location: 'The URL of the new resource.' };

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

/** Belgif: a `201` with the new `view` says where it is (`Location`): the collection's URL followed by the new id. */
export const Created = <View extends object>(view: ClassConstructor<View>, idOf: (body: View) => string): MethodDecorator =>
  applyDecorators(HttpCode(201), UseInterceptors(new LocationInterceptor(idOf)), Answers(view, 201, LOCATION));

/** For a `PUT` that may create (`201`) the `view` at its own URL: `Location` is the request's path. */
export const LocatedWhenCreated = (view: ClassConstructor<object>): MethodDecorator =>
  applyDecorators(UseInterceptors(new LocationInterceptor()), Answers(view, 201, LOCATION));
