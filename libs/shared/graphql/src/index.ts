export * from './lib/id.args';
export * from './lib/pagination';
export * from './lib/trimmed';
