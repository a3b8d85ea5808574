import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Textarea,
  Textfield,
  Field,
  Label,
} from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';

import { FormErrors, fieldId } from '../../components/form-errors';
import { LoadError, Loading, PageHeading } from '../../components/states';
import type { CentreSettingsScreenQuery, MatchingWeightsInput } from '../../gql/graphql';
import {
  CentreSettingsDocument,
  UpdateCentreProfileDocument,
  UpdateGroupSettingsDocument,
  UpdateRetentionDocument,
} from '../../graphql/admin-operations';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { texts } from '../../texts';
import { AdminNav } from './AdminNav';

const t = texts.admin;
const NO_PROBLEMS: FormProblems = { fields: {}, message: null };
type WeightKey = keyof typeof t.weights;
const WEIGHTS = Object.keys(t.weights) as WeightKey[];

/** The centre's profile (municipalities), its frames for groups and matching, and retention. */
export function CentreSettings() {
  const { data, loading, error, refetch } = useQuery(CentreSettingsDocument);
  return (
    <>
      <PageHeading title={t.settingsTitle}>{t.settingsTitle}</PageHeading>
      <AdminNav />
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <ProfileForm profile={data.centreProfile} />
          <GroupsForm settings={data.groupSettings} />
          <RetentionForm months={data.centreSettings.retentionMonths} />
        </>
      )}
    </>
  );
}

function Section({
  id,
  title,
  problems,
  labels,
  saved,
  busy,
  save,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  problems: FormProblems;
  labels: Record<string, string>;
  saved: string | null;
  busy: boolean;
  save: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Card data-color="neutral" className="admin-form">
      <Heading level={2} data-size="sm">
        {title}
      </Heading>
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={labels}
          idPrefix={id}
        />
        {children}
        <div className="actions">
          <Button type="submit" disabled={busy}>
            {busy ? texts.saving : save}
          </Button>
          {saved && (
            <span role="status" className="saved">
              {saved}
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}

function ProfileForm({ profile }: { profile: CentreSettingsScreenQuery['centreProfile'] }) {
  const ID = 'profile';
  const [form, setForm] = useState({
    name: profile.name,
    municipalities: profile.municipalities.join('\n'),
    contactEmail: profile.contactEmail ?? '',
    contactPhone: profile.contactPhone ?? '',
    postalAddress: profile.postalAddress ?? '',
    website: profile.website ?? '',
  });
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateCentreProfileDocument);
  const labels = {
    name: t.centreName,
    municipalities: t.municipalities,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    postalAddress: t.postalAddress,
    website: t.website,
  };
  const text = (
    field: keyof typeof form,
    type: 'text' | 'email' | 'tel' | 'url' | 'password' = 'text',
  ) => (
    <Textfield
      id={fieldId(ID, field)}
      label={labels[field]}
      type={type}
      value={form[field]}
      error={problems.fields[field]}
      onChange={(e) => setForm({ ...form, [field]: e.target.value })}
    />
  );
  return (
    <Section
      id={ID}
      title={t.profileTitle}
      problems={problems}
      labels={labels}
      saved={saved}
      busy={loading}
      save={t.saveProfile}
      onSubmit={() => {
        setSaved(null);
        const optional = (v: string) => v.trim() || null;
        update({
          variables: {
            input: {
              name: form.name.trim(),
              municipalities: form.municipalities
                .split('\n')
                .map((m) => m.trim())
                .filter(Boolean),
              contactEmail: optional(form.contactEmail),
              contactPhone: optional(form.contactPhone),
              postalAddress: optional(form.postalAddress),
              website: optional(form.website),
            },
          },
        }).then(
          () => {
            setProblems(NO_PROBLEMS);
            setSaved(t.profileSaved);
          },
          (e: unknown) => setProblems(formProblems(e)),
        );
      }}
    >
      {text('name')}
      <Field>
        <Label htmlFor={fieldId(ID, 'municipalities')}>{t.municipalities}</Label>
        <Field.Description>{t.municipalitiesHelp}</Field.Description>
        <Textarea
          id={fieldId(ID, 'municipalities')}
          rows={Math.max(4, form.municipalities.split('\n').length + 1)}
          value={form.municipalities}
          onChange={(e) => setForm({ ...form, municipalities: e.target.value })}
        />
      </Field>
      {text('contactEmail', 'email')}
      {text('contactPhone', 'tel')}
      {text('postalAddress')}
      {text('website', 'url')}
    </Section>
  );
}

function GroupsForm({ settings }: { settings: CentreSettingsScreenQuery['groupSettings'] }) {
  const ID = 'groups';
  const changed = settings.matchingWeights as Record<string, number>;
  const [form, setForm] = useState({
    groupMinSize: String(settings.groupMinSize),
    groupMaxSize: String(settings.groupMaxSize),
    followUpWeeks: String(settings.followUpWeeks),
  });
  const [clearance, setClearance] = useState(settings.requireVolunteerClearance);
  const [weights, setWeights] = useState<Record<string, string>>(
    Object.fromEntries(WEIGHTS.map((w) => [w, changed[w] == null ? '' : String(changed[w])])),
  );
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateGroupSettingsDocument);
  const labels: Record<string, string> = {
    groupMinSize: t.groupMinSize,
    groupMaxSize: t.groupMaxSize,
    followUpWeeks: t.followUpWeeks,
    ...Object.fromEntries(WEIGHTS.map((w) => [`matchingWeights.${w}`, t.weights[w]])),
  };
  const number = (field: keyof typeof form) => (
    <Textfield
      id={fieldId(ID, field)}
      label={labels[field]}
      inputMode="numeric"
      value={form[field]}
      error={problems.fields[field]}
      onChange={(e) => setForm({ ...form, [field]: e.target.value })}
    />
  );
  return (
    <Section
      id={ID}
      title={t.groupsTitle}
      problems={problems}
      labels={labels}
      saved={saved}
      busy={loading}
      save={t.saveGroups}
      onSubmit={() => {
        setSaved(null);
        const whole = (v: string) => /^\d+$/.test(v.trim());
        const bad = Object.fromEntries(
          [
            ...Object.entries(form),
            ...Object.entries(weights)
              .filter(([, v]) => v.trim() !== '')
              .map(([k, v]) => [`matchingWeights.${k}`, v]),
          ]
            .filter(([, v]) => !whole(v))
            .map(([k]) => [k, t.wholeNumber]),
        );
        if (Object.keys(bad).length) return setProblems({ fields: bad, message: null });
        const matchingWeights = Object.fromEntries(
          Object.entries(weights)
            .filter(([, v]) => v.trim() !== '')
            .map(([k, v]) => [k, Number(v)]),
        ) as MatchingWeightsInput;
        update({
          variables: {
            input: {
              groupMinSize: Number(form.groupMinSize),
              groupMaxSize: Number(form.groupMaxSize),
              followUpWeeks: Number(form.followUpWeeks),
              requireVolunteerClearance: clearance,
              matchingWeights,
            },
          },
        }).then(
          () => {
            setProblems(NO_PROBLEMS);
            setSaved(t.groupsSaved);
          },
          (e: unknown) => setProblems(formProblems(e)),
        );
      }}
    >
      <div className="admin-form__row">
        {number('groupMinSize')}
        {number('groupMaxSize')}
        {number('followUpWeeks')}
      </div>
      <Checkbox
        label={t.requireClearance}
        checked={clearance}
        onChange={(e) => setClearance(e.target.checked)}
      />
      <Fieldset>
        <Fieldset.Legend>{t.weightsLegend}</Fieldset.Legend>
        <Fieldset.Description>{t.weightsHelp}</Fieldset.Description>
        <div className="admin-form__weights">
          {WEIGHTS.map((w) => (
            <Textfield
              key={w}
              id={fieldId(ID, `matchingWeights.${w}`)}
              label={t.weights[w]}
              inputMode="numeric"
              data-size="sm"
              value={weights[w]}
              error={problems.fields[`matchingWeights.${w}`]}
              onChange={(e) => setWeights({ ...weights, [w]: e.target.value })}
            />
          ))}
        </div>
      </Fieldset>
    </Section>
  );
}

function RetentionForm({ months }: { months: number }) {
  const ID = 'retention';
  const [value, setValue] = useState(String(months));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateRetentionDocument);
  const labels = { retentionMonths: t.retentionMonths };
  return (
    <Section
      id={ID}
      title={t.retentionTitle}
      problems={problems}
      labels={labels}
      saved={saved}
      busy={loading}
      save={t.saveRetention}
      onSubmit={() => {
        setSaved(null);
        if (!/^\d+$/.test(value.trim())) {
          return setProblems({ fields: { retentionMonths: t.wholeNumber }, message: null });
        }
        update({ variables: { retentionMonths: Number(value) } }).then(
          () => {
            setProblems(NO_PROBLEMS);
            setSaved(t.retentionSaved);
          },
          (e: unknown) => setProblems(formProblems(e)),
        );
      }}
    >
      <Textfield
        id={fieldId(ID, 'retentionMonths')}
        label={t.retentionMonths}
        inputMode="numeric"
        value={value}
        error={problems.fields['retentionMonths']}
        onChange={(e) => setValue(e.target.value)}
      />
    </Section>
  );
}
