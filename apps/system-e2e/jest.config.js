// The scale suite (replicas of everything on a three-node NATS cluster) is long: `npm run test:scale` runs it.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'system-e2e',
  rootDir: __dirname,
  testPathIgnorePatterns: process.env.CHAMAN_TEST_SCALE === '1' ? ['/node_modules/'] : ['/node_modules/', '/test/scale/'],
};
