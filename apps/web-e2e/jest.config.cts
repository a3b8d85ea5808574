module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  ...require('../../libs/shared/testing/jest.preset.cjs'),
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60000,
};
