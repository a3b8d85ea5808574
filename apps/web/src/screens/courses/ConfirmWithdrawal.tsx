import { Paragraph } from '@digdir/designsystemet-react';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { texts } from '../../texts';

/** The one to ask about, or none. */
export type Withdrawal = { id: string; name: string } | null;

/** Asks before someone is taken off a course: one slip of a thumb should not cost a place. */
export function ConfirmWithdrawal({
  asking,
  busy,
  onConfirm,
  onCancel,
}: {
  asking: Withdrawal;
  busy: boolean;
  onConfirm: (id: string, name: string) => void;
  onCancel: () => void;
}) {
  const t = texts.courseWithdraw;
  return (
    <ConfirmDialog
      open={asking !== null}
      title={t.title(asking?.name ?? '')}
      confirm={t.confirm}
      busy={busy && t.busy}
      onConfirm={() => asking && onConfirm(asking.id, asking.name)}
      onCancel={onCancel}
    >
      <Paragraph>{t.body}</Paragraph>
    </ConfirmDialog>
  );
}
