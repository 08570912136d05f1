module.exports = { ...require('../../jest.preset'), displayName: 'platform', rootDir: __dirname, testTimeout: 30_000 };
