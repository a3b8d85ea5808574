export * from './lib/courses.module';
export * from './lib/courses.service';
