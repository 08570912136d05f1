import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type RunningSystem, startSystem } from '../src';

const CHECK = join(__dirname, '../../../tools/openapi/check-openapi.mjs');

interface Verdict {
  validation: string;
  problems: Array<{ ruleId: string; severity: string; message: string; at?: string }>;
}

/** Client generators and API portals must read the document: two independent tools say they can. */
describe('the served OpenAPI document', () => {
  let system: RunningSystem;
  let verdict: Verdict;

  beforeAll(async () => {
    system = await startSystem({ services: [] });
    const document = (await system.api.request('GET', '/api/openapi.json')).body;
    verdict = JSON.parse(execFileSync(process.execPath, [CHECK], { input: JSON.stringify(document), encoding: 'utf8' }));
  });
  afterAll(() => system?.stop());

  it('validates with swagger-parser', () => {
    expect(verdict.validation).toBe('valid');
  });

  it("lints without error or warning under Redocly's recommended rules (redocly.yaml)", () => {
    expect(verdict.problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.at}: ${problem.message}`)).toEqual([]);
  });
});
