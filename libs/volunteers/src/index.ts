export * from './lib/volunteers.module';
