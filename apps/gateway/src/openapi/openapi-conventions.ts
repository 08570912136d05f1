import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT_TYPE } from '../problems/problem.filter';

const SCHEMAS = '#/components/schemas/';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** RFC 9457 as Belgif uses it: every error of the API has this shape. */
const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: '`urn:problem-type:belgif:<code>` or `urn:problem-type:chaman:<code>`.' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', description: 'The code the type ends with.' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    issues: {
      type: 'array',
      description: 'One entry per invalid input (badRequest).',
      items: {
        type: 'object',
        required: ['type', 'in', 'name', 'detail'],
        properties: {
          type: { type: 'string' },
          in: { type: 'string', enum: ['body', 'path', 'query', 'header'] },
          name: { type: 'string' },
          value: {},
          detail: { type: 'string' },
        },
      },
    },
  },
};

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `${SCHEMAS}Problem` } } } });

/**
 * The conventions every operation of the API shares, said once: each `{parameter}` of a path is declared, each
 * operation answers client errors (4XX) and anything else (default) as a problem, and only the schemas the
 * operations use are published.
 */
export function applyApiConventions(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) conventionalOperation(path, operation);
    }
  }
  document.components.schemas = usedSchemas(document);
  return document;
}

function conventionalOperation(path: string, operation: OperationObject): void {
  const declared = new Set(
    (operation.parameters ?? []).flatMap((parameter) => ('in' in parameter && parameter.in === 'path' ? [parameter.name] : [])),
  );
  const missing = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).filter((name) => !declared.has(name));
  operation.parameters = [
    ...missing.map((name): ParameterObject => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...(operation.parameters ?? []),
  ];
  operation.responses = {
    ...operation.responses,
    '4XX': problem('The request was refused: see the problem type.'),
    default: problem('The request failed: see the problem type.'),
  };
}

/** The component schemas reachable from the operations, and nothing else. */
function usedSchemas(document: OpenAPIObject): Record<string, SchemaObject> {
  const all = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith(SCHEMAS) && !used.has(ref.slice(SCHEMAS.length))) {
      used.add(ref.slice(SCHEMAS.length));
      visit(all[ref.slice(SCHEMAS.length)]);
    }
    Object.values(node).forEach(visit);
  };
  visit(document.paths);
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}
