export * from './lib/database-roles';
export * from './lib/database-urls';
export * from './lib/database.module';
export * from './lib/embedded-postgres';
export { migrations } from './lib/migrations';
// The reporting indexes, which the reporting benchmark (tools/bench/reporting) drops and restores.
export { REPORTING_INDEXES } from './lib/migrations/1764662400000-reporting';
export * from './lib/prepare-database';
export * from './lib/report-sql';
export * from './lib/snake-naming.strategy';
export * from './lib/entities/base.entities';
export * from './lib/open-database';
export * from './lib/reporting-database';
export * from './lib/public-passwords';
export * from './lib/database-setup-error';
export * from './lib/database-statistics';
