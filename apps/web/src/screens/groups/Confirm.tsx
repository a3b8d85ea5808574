import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';

import { texts } from '../../texts';

/**
 * Asks before something that cannot be undone, in place (no modal: it stays next to what it is
 * about, is read in order, and works with the keyboard alone). Focused when it appears.
 */
export function Confirm({
  question,
  confirm,
  onConfirm,
  onCancel,
  busy,
  children,
}: {
  question: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Where the question came from, to go back to when it is cancelled.
  const trigger = useRef<Element | null>(null);
  useEffect(() => {
    trigger.current = document.activeElement;
    ref.current?.focus();
  }, []);
  const cancel = () => {
    const back = trigger.current;
    onCancel();
    if (back instanceof HTMLElement) setTimeout(() => back.focus());
  };
  return (
    <Alert
      data-color="warning"
      ref={ref}
      tabIndex={-1}
      className="confirm"
      role="group"
      aria-label={question}
    >
      <Paragraph>{question}</Paragraph>
      {children}
      <div className="confirm__actions">
        <Button data-color="danger" data-size="sm" onClick={onConfirm} disabled={busy}>
          {busy ? texts.saving : confirm}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={cancel}>
          {texts.groups.cancel}
        </Button>
      </div>
    </Alert>
  );
}
