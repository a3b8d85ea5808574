import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';

import { BadUserInputError, type FieldProblem } from '@link/shared/errors';
import { textProblem } from '@link/shared/graphql';

/**
 * Every text in a request's arguments — in its variables and written inline — checked once,
 * before guards, pipes or resolvers read any of it (sign-in reads its e-mail in a guard). A NUL
 * byte or a lone surrogate is refused as BAD_USER_INPUT naming the field (`input.email`).
 */
export function textErrors(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): BadUserInputError | undefined {
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(variables ?? {})) collectValue(value, name, problems);
  visit(document, {
    Argument(node) {
      collectLiteral(node.value, node.name.value, problems);
    },
  });
  if (problems.length === 0) return undefined;
  const summary = problems.map((p) => `${p.field}: ${p.messages.join(', ')}`).join('; ');
  return new BadUserInputError(`Noen felt er ikke fylt ut riktig. ${summary}`, problems);
}

function collectValue(value: unknown, field: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    const message = textProblem(value);
    if (message) problems.push({ field, messages: [message] });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectValue(item, `${field}[${i}]`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      collectValue(item, `${field}.${key}`, problems);
    }
  }
}

function collectLiteral(node: ValueNode, field: string, problems: FieldProblem[]): void {
  if (node.kind === Kind.STRING) {
    const message = textProblem(node.value);
    if (message) problems.push({ field, messages: [message] });
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, i) => collectLiteral(item, `${field}[${i}]`, problems));
  } else if (node.kind === Kind.OBJECT) {
    for (const child of node.fields) {
      collectLiteral(child.value, `${field}.${child.name.value}`, problems);
    }
  }
}
