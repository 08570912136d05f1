module.exports = { ...require('../../jest.preset'), displayName: 'access-service', rootDir: __dirname };
