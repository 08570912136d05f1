module.exports = { ...require('../../jest.preset'), displayName: 'telemetry', rootDir: __dirname };
