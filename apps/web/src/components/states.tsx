import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';

import { messageOf } from '../graphql/errors';
import { texts } from '../texts';

export function Loading({ label = texts.loading }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <span>{label}</span>
    </div>
  );
}

export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{messageOf(error)}</Paragraph>
      {retry && (
        <Button variant="secondary" data-size="sm" onClick={retry}>
          {texts.tryAgain}
        </Button>
      )}
    </Alert>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <Paragraph className="empty">{children}</Paragraph>;
}

/**
 * The page's heading, focused when the page opens so screen readers announce where they are,
 * and the document title to match.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${texts.appTitle}`;
    ref.current?.focus();
  }, [title]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
