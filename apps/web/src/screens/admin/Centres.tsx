import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { FormErrors, fieldId } from '../../components/form-errors';
import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import { OnboardCentreDocument } from '../../graphql/admin-operations';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { CentresDocument } from '../../graphql/report-operations';
import { texts } from '../../texts';

const t = texts.admin;
const ID = 'onboard';
const EMPTY = {
  name: '',
  slug: '',
  municipalities: '',
  'firstAdmin.displayName': '',
  'firstAdmin.email': '',
  'firstAdmin.initialPassword': '',
};
type FormField = keyof typeof EMPTY;

/** The platform admin's page: every centre, and a new one with its first administrator. */
export function Centres() {
  const { data, loading, error, refetch } = useQuery(CentresDocument);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={t.centresTitle}>{t.centresTitle}</PageHeading>
      <Paragraph>{t.centresIntro}</Paragraph>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.centres.length === 0 ? (
          <Empty>{t.noCentres}</Empty>
        ) : (
          <table className="responsive-table report-table">
            <caption className="visually-hidden">{t.centresTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.centreName}</th>
                <th scope="col">{texts.reports.centre}</th>
                <th scope="col">{t.municipalities}</th>
              </tr>
            </thead>
            <tbody>
              {data.centres.map((c) => (
                <tr key={c.id}>
                  <th scope="row" data-label={t.centreName}>
                    {c.name}
                  </th>
                  <td data-label={texts.reports.centre}>{c.slug}</td>
                  <td data-label={t.municipalities}>{c.municipalities.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <Onboard
        onDone={(name) => {
          setNotice(t.onboarded(name));
          void refetch();
        }}
      />
    </>
  );
}

function Onboard({ onDone }: { onDone: (name: string) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [onboard, { loading }] = useMutation(OnboardCentreDocument);
  const labels: Record<FormField, string> = {
    name: t.centreName,
    slug: t.slug,
    municipalities: t.municipalities,
    'firstAdmin.displayName': t.adminName,
    'firstAdmin.email': t.adminEmail,
    'firstAdmin.initialPassword': t.adminPassword,
  };
  const text = (field: FormField, type: 'text' | 'email' | 'tel' | 'url' | 'password' = 'text') => (
    <Textfield
      id={fieldId(ID, field)}
      label={labels[field]}
      type={type}
      autoComplete="off"
      value={form[field]}
      error={problems.fields[field]}
      onChange={(e) => setForm({ ...form, [field]: e.target.value })}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const required: FormField[] = [
      'name',
      'slug',
      'municipalities',
      'firstAdmin.displayName',
      'firstAdmin.email',
    ];
    const missing = Object.fromEntries(
      required.filter((f) => !form[f].trim()).map((f) => [f, t.required]),
    );
    if (Object.keys(missing).length) return setProblems({ fields: missing, message: null });
    try {
      await onboard({
        variables: {
          input: {
            name: form.name.trim(),
            slug: form.slug.trim(),
            municipalities: form.municipalities
              .split('\n')
              .map((m) => m.trim())
              .filter(Boolean),
            firstAdmin: {
              displayName: form['firstAdmin.displayName'].trim(),
              email: form['firstAdmin.email'].trim(),
              initialPassword: form['firstAdmin.initialPassword'] || undefined,
            },
          },
        },
      });
      setProblems({ fields: {}, message: null });
      setForm(EMPTY);
      onDone(form.name.trim());
    } catch (error) {
      setProblems(formProblems(error));
    }
  }

  return (
    <Card data-color="neutral" className="admin-form">
      <Heading level={2} data-size="sm">
        {t.onboardTitle}
      </Heading>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={labels}
          idPrefix={ID}
        />
        {text('name')}
        {text('slug')}
        <Field>
          <Label htmlFor={fieldId(ID, 'municipalities')}>{t.municipalities}</Label>
          <Field.Description>{t.municipalitiesHelp}</Field.Description>
          <Textarea
            id={fieldId(ID, 'municipalities')}
            rows={3}
            value={form.municipalities}
            aria-invalid={problems.fields['municipalities'] ? true : undefined}
            onChange={(e) => setForm({ ...form, municipalities: e.target.value })}
          />
        </Field>
        <Fieldset>
          <Fieldset.Legend>{t.firstAdmin}</Fieldset.Legend>
          {text('firstAdmin.displayName')}
          {text('firstAdmin.email', 'email')}
          {text('firstAdmin.initialPassword', 'password')}
        </Fieldset>
        <Button type="submit" disabled={loading}>
          {loading ? texts.saving : t.onboard}
        </Button>
      </form>
    </Card>
  );
}
