import { Alert, ErrorSummary, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

import { texts } from '../texts';

/**
 * The problems with a save, above the form: each field's message links to the field (where the
 * same message also stands), and anything else is said in words. Focused when it appears.
 */
export function FormErrors({
  fields,
  message,
  labels,
  idPrefix,
  prefix = texts.notSaved,
  heading = texts.formHasErrors,
}: {
  fields: Record<string, string>;
  message: string | null;
  labels: Record<string, string>;
  idPrefix: string;
  /** Said before a message that concerns no field ("Ikke lagret"); none when empty. */
  prefix?: string;
  /** Above the list of fields ("Rett opp dette før du lagrer:"). */
  heading?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fields);
  const visible = entries.length > 0 || message !== null;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, fields, message]);
  if (!visible) return null;
  if (entries.length === 0) {
    return (
      <Alert data-color="danger" ref={ref} tabIndex={-1} role="alert">
        <Paragraph>
          {prefix && <strong>{prefix}: </strong>}
          {message}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} className="form-errors">
      <ErrorSummary>
        <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
        <ErrorSummary.List>
          {entries.map(([field, problem]) => (
            <ErrorSummary.Item key={field}>
              <ErrorSummary.Link href={`#${fieldId(idPrefix, field)}`}>
                {labels[field] ? `${labels[field]}: ${problem}` : problem}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
        {message && <Paragraph>{message}</Paragraph>}
      </ErrorSummary>
    </div>
  );
}

export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
