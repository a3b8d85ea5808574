export * from './lib/id.args';
export * from './lib/pagination';
export * from './lib/trimmed';
export * from './lib/calendar-date';
export * from './lib/date-time.scalar';
export * from './lib/text-problem';
