import { Transform } from 'class-transformer';

/** Trims text input before it is validated, so " Kari " and "Kari" are the same. */
export const Trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
