module.exports = {
  displayName: 'platform-database',
  preset: '../../../jest.preset.js',
  ...require('../../../libs/shared/testing/jest.preset.cjs'),
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../coverage/libs/platform/database',
};
