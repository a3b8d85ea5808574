// Jest settings for every project whose tests use the real database.
const { join } = require('node:path');

const testing = join(__dirname, 'src/lib');

module.exports = {
  globalSetup: join(testing, 'global-setup.ts'),
  globalTeardown: join(testing, 'global-teardown.ts'),
  testEnvironment: 'node',
  testTimeout: 30000,
};
