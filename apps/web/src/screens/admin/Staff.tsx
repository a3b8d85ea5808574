import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors, fieldId } from '../../components/form-errors';
import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { CentreRole, StaffMemberFieldsFragment } from '../../gql/graphql';
import {
  CancelStaffInvitationDocument,
  DeactivateStaffMemberDocument,
  InviteStaffMemberDocument,
  ReactivateStaffMemberDocument,
  SetStaffRoleDocument,
  StaffDocument,
} from '../../graphql/admin-operations';
import { formProblems, type FormProblems, messageOf } from '../../graphql/errors';
import { formatDateTime, texts } from '../../texts';
import { AdminNav } from './AdminNav';

const t = texts.admin;
const ROLES = Object.keys(texts.enums.role) as CentreRole[];

/** The centre's staff and their roles, open invitations, and a new invitation. */
export function Staff() {
  const { data, loading, error, refetch } = useQuery(StaffDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [cancel] = useMutation(CancelStaffInvitationDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const say = (message: string) => {
    setProblem(null);
    setNotice(message);
  };
  return (
    <>
      <PageHeading title={t.staffTitle}>{t.staffTitle}</PageHeading>
      <AdminNav />
      <Paragraph>{t.staffIntro}</Paragraph>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <ul className="admin-list">
            {data.staffMembers.items.map((m) => (
              <StaffCard key={m.id} member={m} onDone={say} onError={setProblem} />
            ))}
          </ul>
          <section aria-labelledby="invitations-heading">
            <Heading level={2} data-size="sm" id="invitations-heading">
              {t.invitationsTitle}
            </Heading>
            {data.staffInvitations.items.length === 0 ? (
              <Empty>{t.noInvitations}</Empty>
            ) : (
              <table className="responsive-table report-table">
                <thead>
                  <tr>
                    <th scope="col">{t.email}</th>
                    <th scope="col">{t.role}</th>
                    <th scope="col">{t.expiresAt}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t.cancelInvitation}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.staffInvitations.items.map((inv) => (
                    <tr key={inv.id}>
                      <td data-label={t.email}>{inv.email}</td>
                      <td data-label={t.role}>{texts.enums.role[inv.role]}</td>
                      <td data-label={t.expiresAt}>{formatDateTime(inv.expiresAt)}</td>
                      <td>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={`${t.cancelInvitation}: ${inv.email}`}
                          onClick={() =>
                            cancel({ variables: { id: inv.id } }).then(
                              () => {
                                say(t.invitationCancelled(inv.email));
                                void refetch();
                              },
                              (e: unknown) => setProblem(messageOf(e)),
                            )
                          }
                        >
                          {t.cancelInvitation}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      <Invite
        onInvited={(email) => {
          say(t.invited(email));
          void refetch();
        }}
      />
    </>
  );
}

function StaffCard({
  member,
  onDone,
  onError,
}: {
  member: StaffMemberFieldsFragment;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [role, setRole] = useState<CentreRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const [setStaffRole, saving] = useMutation(SetStaffRoleDocument);
  const [deactivate, deactivating] = useMutation(DeactivateStaffMemberDocument);
  const [reactivate, reactivating] = useMutation(ReactivateStaffMemberDocument);
  const roleId = `role-${member.id}`;
  return (
    <li>
      <Card data-color="neutral" className="admin-card">
        <Heading level={2} data-size="xs">
          {member.displayName}
        </Heading>
        <Paragraph data-size="sm">
          {[
            member.email,
            texts.enums.role[member.role],
            member.active ? t.active : t.deactivated,
            `${t.addedAt} ${formatDateTime(member.addedAt)}`,
          ].join(' · ')}
        </Paragraph>
        {member.active ? (
          <div className="admin-card__actions">
            <Field>
              <Label htmlFor={roleId}>{t.changeRole(member.displayName)}</Label>
              <Select
                id={roleId}
                data-size="sm"
                value={role}
                onChange={(e) => setRole(e.target.value as CentreRole)}
              >
                {ROLES.map((r) => (
                  <Select.Option key={r} value={r}>
                    {texts.enums.role[r]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button
              variant="secondary"
              data-size="sm"
              disabled={role === member.role || saving.loading}
              onClick={() =>
                setStaffRole({ variables: { input: { id: member.id, role } } }).then(
                  () => onDone(t.roleSaved(member.displayName, texts.enums.role[role])),
                  (e: unknown) => onError(messageOf(e)),
                )
              }
            >
              {saving.loading ? texts.saving : t.saveRole}
            </Button>
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => setConfirming(true)}
            >
              {t.deactivate}
            </Button>
          </div>
        ) : (
          <Button
            variant="secondary"
            data-size="sm"
            disabled={reactivating.loading}
            onClick={() =>
              reactivate({ variables: { id: member.id } }).then(
                () => onDone(t.reactivated(member.displayName)),
                (e: unknown) => onError(messageOf(e)),
              )
            }
          >
            {t.reactivate}
          </Button>
        )}
      </Card>
      <ConfirmDialog
        open={confirming}
        title={t.deactivateTitle(member.displayName)}
        confirm={t.deactivate}
        busy={deactivating.loading && texts.saving}
        onConfirm={() =>
          deactivate({ variables: { id: member.id } }).then(
            () => {
              setConfirming(false);
              onDone(t.deactivated_(member.displayName));
            },
            (e: unknown) => {
              setConfirming(false);
              onError(messageOf(e));
            },
          )
        }
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>{t.deactivateBody}</Paragraph>
      </ConfirmDialog>
    </li>
  );
}

const ID = 'invite';
const EMPTY = {
  displayName: '',
  email: '',
  initialPassword: '',
  role: 'COORDINATOR' as CentreRole,
};

function Invite({ onInvited }: { onInvited: (email: string) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [invite, { loading }] = useMutation(InviteStaffMemberDocument);
  const labels = { displayName: t.displayName, email: t.email, initialPassword: t.initialPassword };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = Object.fromEntries(
      (['displayName', 'email', 'initialPassword'] as const)
        .filter((f) => !form[f].trim())
        .map((f) => [f, t.required]),
    );
    if (Object.keys(missing).length) return setProblems({ fields: missing, message: null });
    try {
      await invite({ variables: { input: { ...form, email: form.email.trim() } } });
      setProblems({ fields: {}, message: null });
      setForm(EMPTY);
      onInvited(form.email.trim());
    } catch (error) {
      setProblems(formProblems(error));
    }
  }

  return (
    <Card data-color="neutral" className="admin-form">
      <Heading level={2} data-size="sm">
        {t.inviteTitle}
      </Heading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={labels}
          idPrefix={ID}
        />
        <Textfield
          id={fieldId(ID, 'displayName')}
          label={t.displayName}
          value={form.displayName}
          error={problems.fields['displayName']}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
        />
        <Textfield
          id={fieldId(ID, 'email')}
          label={t.email}
          type="email"
          autoComplete="off"
          value={form.email}
          error={problems.fields['email']}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <Field>
          <Label htmlFor={fieldId(ID, 'role')}>{t.role}</Label>
          <Select
            id={fieldId(ID, 'role')}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as CentreRole })}
          >
            {ROLES.map((r) => (
              <Select.Option key={r} value={r}>
                {texts.enums.role[r]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={fieldId(ID, 'initialPassword')}
          label={t.initialPassword}
          description={t.initialPasswordHelp}
          type="password"
          autoComplete="new-password"
          value={form.initialPassword}
          error={problems.fields['initialPassword']}
          onChange={(e) => setForm({ ...form, initialPassword: e.target.value })}
        />
        <Button type="submit" disabled={loading}>
          {loading ? texts.saving : t.invite}
        </Button>
      </form>
    </Card>
  );
}
