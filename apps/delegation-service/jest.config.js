module.exports = { ...require('../../jest.preset'), displayName: 'delegation-service', rootDir: __dirname };
