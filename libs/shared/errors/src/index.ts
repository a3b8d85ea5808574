export * from './lib/app-errors';
export * from './lib/constraint-violations';
export * from './lib/error-codes';
export * from './lib/format-graphql-error';
export * from './lib/validation-errors';
