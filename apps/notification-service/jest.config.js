module.exports = { ...require('../../jest.preset'), displayName: 'notification-service', rootDir: __dirname };
