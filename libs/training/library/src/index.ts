export * from './lib/library.module';
