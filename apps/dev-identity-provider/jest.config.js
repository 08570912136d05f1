module.exports = { ...require('../../jest.preset'), displayName: 'dev-identity-provider', rootDir: __dirname };
