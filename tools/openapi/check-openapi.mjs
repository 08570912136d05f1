// Checks an OpenAPI document (stdin, or a file) with two independent tools: swagger-parser validates it, and Redocly
// lints it with its recommended rules as tuned in redocly.yaml. Prints {validation, problems} as JSON. A process of its
// own because both tools are ES modules that Jest's CommonJS runtime cannot load.
import SwaggerParser from '@apidevtools/swagger-parser';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = readFileSync(process.argv[2] ?? 0, 'utf8');
let validation = 'valid';
try {
  await SwaggerParser.validate(JSON.parse(source));
} catch (error) {
  validation = String(error?.message ?? error);
}
const config = await loadConfig({ configPath: fileURLToPath(new URL('../../redocly.yaml', import.meta.url)) });
const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
console.log(
  JSON.stringify({
    validation,
    problems: problems.map(({ ruleId, severity, message, location }) => ({ ruleId, severity, message, at: location?.[0]?.pointer })),
  }),
);
