// Shared Jest settings for every project: SWC transpiles TypeScript (with decorator metadata for NestJS and
// MikroORM), and the @chaman/* libraries resolve to their sources so tests never need a build.
const path = require('node:path');
const fs = require('node:fs');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // ESM-only dependencies that Jest's CommonJS runtime cannot require: SWC turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|openid-client|oauth4webapi|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@chaman/(access-policy|contracts|platform|telemetry|testing)$': path.join(__dirname, 'libs/$1/src/index.ts'),
    '^@chaman/(gateway|access-service|sender-service|delegation-service|notification-service|dev-identity-provider|token-service|demo-api)$':
      path.join(__dirname, 'apps/$1/src/index.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  setupFiles: [path.join(__dirname, 'libs/testing/src/jest-setup.ts')],
};
