import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { BadUserInputError, type FieldProblem } from '@link/shared/errors';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE_PATTERN =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NUL = 'Teksten inneholder et ugyldig tegn (NUL).';
const LONE_SURROGATE = 'Teksten inneholder et ugyldig tegn (ufullstendig Unicode-tegn).';

/**
 * Every text a client sends, in every argument of every operation, before anything else reads
 * it: a NUL byte (which PostgreSQL cannot store in text) or a lone UTF-16 surrogate (which is no
 * character at all, and would be stored as U+FFFD) is refused as BAD_USER_INPUT naming the field.
 * One check here instead of a decorator on each of the API's text fields.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Nest hands GraphQL arguments (`@Args()`) to pipes as 'body'; 'custom' is the signed-in user.
    if (metadata.type !== 'body') return value;
    const problems: FieldProblem[] = [];
    // Paths are relative to the argument, like class-validator's (`person.displayName` in
    // `input`); a text argument of its own is named by itself.
    collect(value, typeof value === 'string' ? (metadata.data ?? '') : '', problems);
    if (problems.length > 0) {
      const summary = problems.map((p) => `${p.field}: ${p.messages.join(', ')}`).join('; ');
      throw new BadUserInputError(`Noen felt er ikke fylt ut riktig. ${summary}`, problems);
    }
    return value;
  }
}

function collect(value: unknown, field: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    const message = textProblem(value);
    if (message) problems.push({ field: field || 'value', messages: [message] });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${field}[${i}]`, problems));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      collect(item, field ? `${field}.${key}` : key, problems);
    }
  }
}

/** Why a text cannot be taken, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return NUL;
  if (LONE_SURROGATE_PATTERN.test(text)) return LONE_SURROGATE;
  return undefined;
}
