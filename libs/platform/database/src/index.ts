export * from './lib/database-roles';
export * from './lib/database-urls';
export * from './lib/database.module';
export * from './lib/embedded-postgres';
export { migrations } from './lib/migrations';
export * from './lib/prepare-database';
export * from './lib/snake-naming.strategy';
export * from './lib/entities/base.entities';
export * from './lib/open-database';
