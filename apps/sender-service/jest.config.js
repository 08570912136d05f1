module.exports = { ...require('../../jest.preset'), displayName: 'sender-service', rootDir: __dirname };
