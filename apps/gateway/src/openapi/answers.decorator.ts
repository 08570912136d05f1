import { ApiResponse } from '@nestjs/swagger';
import type { ClassConstructor } from 'class-transformer';

/*
 * What an operation answers on success, said with the class it answers: the OpenAPI document takes that class's
 * schema from its validation metadata (buildOpenApiDocument), so no schema is written twice.
 */

/** `status` with one `view` (or a `CollectionOf(view)`). */
export const Answers = (view: ClassConstructor<object>, status: 200 | 201 = 200): MethodDecorator =>
  ApiResponse({ status, type: view, description: status === 201 ? 'Created.' : 'OK.' });

/** `201` with the new `view`, whose URL is in `Location`. */
export const AnswersCreated = (view: ClassConstructor<object>): MethodDecorator =>
  ApiResponse({
    status: 201,
    type: view,
    description: 'Created: the new resource.',
    headers: { Location: { description: 'The URL of the new resource.', schema: { type: 'string' } } },
  });
