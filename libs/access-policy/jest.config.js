module.exports = { ...require('../../jest.preset'), displayName: 'access-policy', rootDir: __dirname };
