module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  ...require('../../libs/shared/testing/jest.preset.cjs'),
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  coverageDirectory: '../../coverage/apps/api-e2e',
};
