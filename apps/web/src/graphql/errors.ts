import { CombinedGraphQLErrors } from '@apollo/client';

import { texts } from '../texts';

/** What went wrong with a save, for the form: a message per field, and one for the rest. */
export interface FormProblems {
  fields: Record<string, string>;
  message: string | null;
}

interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * The API answers a refused input with BAD_USER_INPUT and `extensions.fields` (`person.phone`,
 * `input.person.phone` for variables): keyed here without `input.`, as the forms name fields.
 */
export function formProblems(error: unknown): FormProblems {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, message: messageOf(error) };
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const problem of error.errors) {
    const listed = problem.extensions?.['fields'] as FieldProblem[] | undefined;
    if (problem.extensions?.['code'] === 'BAD_USER_INPUT' && listed?.length) {
      for (const { field, messages } of listed) {
        fields[field.replace(/^input\./, '')] = messages.join(' ');
      }
    } else {
      others.push(problem.message);
    }
  }
  return { fields, message: others.length ? others.join(' ') : null };
}

/** A message for any error: the API's own Norwegian words, or ours for a network failure. */
export function messageOf(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.message).join(' ') || texts.unexpectedError;
  }
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network/i.test(error.message))
  ) {
    return texts.networkError;
  }
  return texts.unexpectedError;
}
