/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text a client sent cannot be taken, or undefined when it can: a NUL byte (PostgreSQL
 * cannot store it in text) or a lone UTF-16 surrogate (no character at all; it would be stored
 * as U+FFFD, so what is saved is not what was sent).
 */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'Teksten inneholder et ugyldig tegn (NUL).';
  if (LONE_SURROGATE.test(text))
    return 'Teksten inneholder et ugyldig tegn (ufullstendig Unicode-tegn).';
  return undefined;
}
