module.exports = {
  ...require('../../jest.preset'),
  displayName: 'system-e2e',
  rootDir: __dirname,
};
