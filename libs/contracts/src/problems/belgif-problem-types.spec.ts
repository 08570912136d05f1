import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Problems } from './problem-catalog';

/**
 * Belgif's standardized types, as its REST guide lists them ("Standardized problem types" and the input-validation
 * issue types, https://www.belgif.be/specification/rest/api-guide/#standardized-problem-types). A type we name
 * `urn:problem-type:belgif:` must be one of these; any other lives under `urn:problem-type:chaman:`.
 */
const BELGIF_PROBLEM_TYPES = [
  'badRequest',
  'noAccessToken',
  'invalidAccessToken',
  'expiredAccessToken',
  'missingScope',
  'missingPermission',
  'resourceNotFound',
  'payloadTooLarge',
  'tooManyRequests',
  'tooManyFailedRequests',
  'internalServerError',
  'badGateway',
  'serviceUnavailable',
].map((code) => `urn:problem-type:belgif:${code}`);

/** Named by the product contract itself (DESIGN §3: a stale `If-Match` is `412 urn:problem-type:belgif:preconditionFailed`). */
const NAMED_BY_THE_CONTRACT = ['urn:problem-type:belgif:preconditionFailed'];

const BELGIF_ISSUE_TYPES = [
  'schemaViolation',
  'unknownInput',
  'invalidInput',
  'referencedResourceNotFound',
  'anyOfExpected',
  'exactlyOneOfExpected',
  'zeroOrExactlyOneOfExpected',
  'invalidPeriod',
  'invalidStructure',
  'outOfRange',
  'rejectedInput',
  'requiredInput',
].map((code) => `urn:problem-type:belgif:input-validation:${code}`);

describe('problem types', () => {
  it.each(Object.values(Problems).map((kind) => [kind.code, kind.type]))(
    '%s is a Belgif type from the catalogue or one of ours',
    (_code, type) => {
      if (type.startsWith('urn:problem-type:belgif:')) expect([...BELGIF_PROBLEM_TYPES, ...NAMED_BY_THE_CONTRACT]).toContain(type);
      else expect(type).toMatch(/^urn:problem-type:chaman:[a-z][A-Za-z]+$/);
    },
  );

  it('uses no other belgif type anywhere in the apps and libs', () => {
    const root = join(__dirname, '../../../..');
    const sources = ['apps', 'libs'].flatMap((top) =>
      readdirSync(join(root, top), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\/src\/.*\.tsx?$/.test(file) && !file.includes('node_modules') && !file.endsWith('.spec.ts'))
        .map((file) => join(root, top, file)),
    );
    const used = new Set(sources.flatMap((file) => readFileSync(file, 'utf8').match(/urn:problem-type:belgif:[A-Za-z:-]+[A-Za-z]/g) ?? []));
    expect(used.size).toBeGreaterThan(5);
    const known = new Set([...BELGIF_PROBLEM_TYPES, ...NAMED_BY_THE_CONTRACT, ...BELGIF_ISSUE_TYPES]);
    expect([...used].filter((type) => !known.has(type))).toEqual([]);
  });
});
