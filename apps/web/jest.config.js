// Component and hook tests of the browser application: jsdom, React's automatic JSX runtime, CSS imports ignored.
const path = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(ts|tsx|js)$': [
      '@swc/jest',
      {
        swcrc: false,
        sourceMaps: true,
        module: { type: 'commonjs' },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  // ESM-only packages of the browser stack: SWC turns them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@chaman/contracts/patterns$': path.join(__dirname, '../../libs/contracts/src/validation/patterns.ts'),
    '^@chaman/contracts/csv$': path.join(__dirname, '../../libs/contracts/src/export/csv.ts'),
    '^@chaman/contracts/quality$': path.join(__dirname, '../../libs/contracts/src/enterprise/quality.ts'),
    '\\.css$': path.join(__dirname, 'test/style-stub.js'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.spec.tsx'],
  setupFiles: [...preset.setupFiles, path.join(__dirname, 'test/jsdom-globals.ts')],
  setupFilesAfterEnv: [path.join(__dirname, 'test/setup.ts')],
};
