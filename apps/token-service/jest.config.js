module.exports = { ...require('../../jest.preset'), displayName: 'token-service', rootDir: __dirname };
