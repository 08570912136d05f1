import { ApiResponse } from '@nestjs/swagger';
import type { ClassConstructor } from 'class-transformer';

/*
 * What an operation answers on success, said with the class it answers: the OpenAPI document takes that class's
 * schema from its validation metadata (buildOpenApiDocument), so no schema is written twice.
 */

/** Response headers by name, each with what it carries. */
export type AnswerHeaders = Record<string, string>;

/** `status` with one `view` (or a `CollectionOf(view)`), and the headers that come with it. */
export const Answers = (view: ClassConstructor<object>, status: 200 | 201 = 200, headers?: AnswerHeaders): MethodDecorator =>
  ApiResponse({
    status,
    type: view,
    description: status === 201 ? 'Created.' : 'OK.',
    ...(headers && {
      headers: Object.fromEntries(
        Object.entries(headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
      ),
    }),
  });
