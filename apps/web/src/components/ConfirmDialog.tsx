import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';

import { texts } from '../texts';

/**
 * A modal question before something that cannot be undone. The dialog is the browser's own
 * (focus kept inside, Escape closes it); the confirming button says what it does.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirm,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  busy?: string | false;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <Dialog
      ref={ref}
      closeButton={false}
      aria-labelledby={titleId}
      onClose={() => onCancel()}
      className="confirm-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={titleId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>{children}</Dialog.Block>
      <Dialog.Block className="confirm-dialog__actions">
        <Button data-color="danger" onClick={onConfirm} disabled={Boolean(busy)}>
          {busy || confirm}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {texts.people.cancel}
        </Button>
      </Dialog.Block>
    </Dialog>
  );
}
