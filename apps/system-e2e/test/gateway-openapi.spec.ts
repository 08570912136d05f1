import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type RunningSystem, startSystem } from '../src';

const CHECK = join(__dirname, '../../../tools/openapi/check-openapi.mjs');

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  [keyword: string]: unknown;
}

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, unknown> }>;
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Verdict {
  validation: string;
  problems: Array<{ ruleId: string; severity: string; message: string; at?: string }>;
}

/** Client generators and API portals must read the document: two independent tools say they can. */
describe('the served OpenAPI document', () => {
  let system: RunningSystem;
  let document: Document;
  let verdict: Verdict;

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => [`${method.toUpperCase()} ${path}`, item[method]] as const),
    );
  const resolved = (schema: Schema): Schema =>
    schema.$ref ? (document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {}) : schema;

  beforeAll(async () => {
    system = await startSystem({ services: [] });
    document = (await system.api.request('GET', '/api/openapi.json')).body;
    verdict = JSON.parse(execFileSync(process.execPath, [CHECK], { input: JSON.stringify(document), encoding: 'utf8' }));
  });
  afterAll(() => system?.stop());

  it('validates with swagger-parser', () => {
    expect(verdict.validation).toBe('valid');
  });

  it('documents the body of every 200 and 201 with a schema that has members, and answers 204 with none', () => {
    const faults = operations().flatMap(([operation, { responses }]) =>
      Object.entries(responses).flatMap(([status, response]) => {
        if (status === '204') return response.content ? [`${operation} 204 has a body`] : [];
        if (status !== '200' && status !== '201') return [];
        // A spreadsheet export (the audit trail's) is a CSV text, documented as such.
        if (response.content?.['text/csv'])
          return response.content['text/csv'].schema?.type === 'string' ? [] : [`${operation} ${status} has a CSV without a string schema`];
        const schema = response.content?.['application/json']?.schema;
        if (!schema) return [`${operation} ${status} has no application/json schema`];
        return Object.keys(resolved(schema).properties ?? {}).length > 0 ? [] : [`${operation} ${status} has a schema without members`];
      }),
    );
    expect(operations().length).toBeGreaterThan(30);
    expect(faults).toEqual([]);
  });

  it('gives every operation a success answer, and the problem as its 4XX and default answers', () => {
    const faults = operations().flatMap(([operation, { responses }]) => [
      ...(Object.keys(responses).some((status) => /^2\d\d$/.test(status)) ? [] : [`${operation} has no 2xx answer`]),
      ...['4XX', 'default']
        .filter((status) => responses[status]?.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/Problem')
        .map((status) => `${operation} ${status} is not the problem`),
    ]);
    expect(faults).toEqual([]);
  });

  it('says which resources answer an ETag and which updates honour If-Match', () => {
    const delegation = '/api/v1/enterprises/{cbe}/delegations/{id}';
    const sender = '/api/v1/enterprises/{cbe}/senders/{senderNumber}';
    const tagged = operations()
      .filter(([, operation]) => operation.responses['200']?.headers?.ETag)
      .map(([operation]) => operation);
    const conditional = operations()
      .filter(([, operation]) => operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'If-Match'))
      .map(([operation]) => operation);
    expect(tagged.sort()).toEqual([`GET ${delegation}`, `PATCH ${delegation}`, `GET ${sender}`, `PUT ${sender}/contact`].sort());
    expect(conditional.sort()).toEqual([`PATCH ${delegation}`, `PUT ${sender}/contact`].sort());
  });

  it("lints without error or warning under Redocly's recommended rules (redocly.yaml)", () => {
    expect(verdict.problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.at}: ${problem.message}`)).toEqual([]);
  });
});
