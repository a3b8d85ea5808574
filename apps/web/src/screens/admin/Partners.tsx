import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { FormErrors, fieldId } from '../../components/form-errors';
import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { PartnerKind, ServiceKind } from '../../gql/graphql';
import {
  CreatePartnerDocument,
  CreateServiceDocument,
  PartnersAndServicesDocument,
} from '../../graphql/admin-operations';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { texts } from '../../texts';
import { AdminNav } from './AdminNav';

const t = texts.admin;
const NO_PROBLEMS: FormProblems = { fields: {}, message: null };
const PARTNER_KINDS = Object.keys(t.partnerKinds) as PartnerKind[];
const SERVICE_KINDS = Object.keys(t.serviceKinds) as ServiceKind[];

/** The organisations the centre works with, and the other offers it refers people to. */
export function Partners() {
  const { data, loading, error, refetch } = useQuery(PartnersAndServicesDocument);
  const [adding, setAdding] = useState<'partner' | 'service' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setAdding(null);
    setNotice(message);
    void refetch();
  };
  return (
    <>
      <PageHeading title={t.partnersTitle}>{t.partnersTitle}</PageHeading>
      <AdminNav />
      <Paragraph>{t.partnersIntro}</Paragraph>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      <section aria-labelledby="partners-heading">
        <Heading level={2} data-size="sm" id="partners-heading">
          {t.partnersHeading}
        </Heading>
        {data &&
          (data.partners.length === 0 ? (
            <Empty>{t.noPartners}</Empty>
          ) : (
            <table className="responsive-table report-table">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.partnerKind}</th>
                  <th scope="col">{t.contactPerson}</th>
                  <th scope="col">{t.lendsRooms}</th>
                </tr>
              </thead>
              <tbody>
                {data.partners.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" data-label={t.name}>
                      {p.name}
                    </th>
                    <td data-label={t.partnerKind}>{t.partnerKinds[p.kind]}</td>
                    <td data-label={t.contactPerson}>
                      {[p.contactPerson, p.contactEmail, p.contactPhone]
                        .filter(Boolean)
                        .join(', ') || '–'}
                    </td>
                    <td data-label={t.lendsRooms}>{p.lendsRooms ? t.yes : t.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {adding === 'partner' ? (
          <NewPartner
            onSaved={(name) => done(t.partnerSaved(name))}
            onCancel={() => setAdding(null)}
          />
        ) : (
          <Button variant="secondary" onClick={() => setAdding('partner')}>
            {t.newPartner}
          </Button>
        )}
      </section>
      <section aria-labelledby="services-heading">
        <Heading level={2} data-size="sm" id="services-heading">
          {t.servicesHeading}
        </Heading>
        {data &&
          (data.services.length === 0 ? (
            <Empty>{t.noServices}</Empty>
          ) : (
            <table className="responsive-table report-table">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.serviceKind}</th>
                  <th scope="col">{t.contact}</th>
                  <th scope="col">{t.description}</th>
                </tr>
              </thead>
              <tbody>
                {data.services.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" data-label={t.name}>
                      {s.name}
                    </th>
                    <td data-label={t.serviceKind}>{t.serviceKinds[s.kind]}</td>
                    <td data-label={t.contact}>{s.contact ?? '–'}</td>
                    <td data-label={t.description}>{s.description ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {adding === 'service' ? (
          <NewService
            onSaved={(name) => done(t.serviceSaved(name))}
            onCancel={() => setAdding(null)}
          />
        ) : (
          <Button variant="secondary" onClick={() => setAdding('service')}>
            {t.newService}
          </Button>
        )}
      </section>
    </>
  );
}

function NewPartner({
  onSaved,
  onCancel,
}: {
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const ID = 'partner';
  const [form, setForm] = useState({
    name: '',
    kind: 'MUNICIPALITY' as PartnerKind,
    contactPerson: '',
    contactEmail: '',
    contactPhone: '',
    lendsRooms: false,
  });
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [create, { loading }] = useMutation(CreatePartnerDocument);
  const labels = {
    name: t.name,
    contactPerson: t.contactPerson,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
  };
  const text = (
    field: keyof typeof labels,
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
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.name.trim()) return setProblems({ fields: { name: t.required }, message: null });
    const optional = (v: string) => v.trim() || undefined;
    try {
      await create({
        variables: {
          input: {
            name: form.name.trim(),
            kind: form.kind,
            lendsRooms: form.lendsRooms,
            contactPerson: optional(form.contactPerson),
            contactEmail: optional(form.contactEmail),
            contactPhone: optional(form.contactPhone),
          },
        },
      });
      onSaved(form.name.trim());
    } catch (error) {
      setProblems(formProblems(error));
    }
  }
  return (
    <Card data-color="neutral" className="admin-form">
      <Heading level={3} data-size="xs">
        {t.newPartner}
      </Heading>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={labels}
          idPrefix={ID}
        />
        {text('name')}
        <Field>
          <Label htmlFor={fieldId(ID, 'kind')}>{t.partnerKind}</Label>
          <Select
            id={fieldId(ID, 'kind')}
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as PartnerKind })}
          >
            {PARTNER_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t.partnerKinds[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {text('contactPerson')}
        {text('contactEmail', 'email')}
        {text('contactPhone', 'tel')}
        <Checkbox
          label={t.lendsRooms}
          checked={form.lendsRooms}
          onChange={(e) => setForm({ ...form, lendsRooms: e.target.checked })}
        />
        <div className="actions">
          <Button type="submit" disabled={loading}>
            {loading ? texts.saving : t.save}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function NewService({
  onSaved,
  onCancel,
}: {
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const ID = 'service';
  const [form, setForm] = useState({
    name: '',
    kind: 'OTHER' as ServiceKind,
    contact: '',
    description: '',
  });
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [create, { loading }] = useMutation(CreateServiceDocument);
  const labels = { name: t.name, contact: t.contact, description: t.description };
  const text = (field: keyof typeof labels) => (
    <Textfield
      id={fieldId(ID, field)}
      label={labels[field]}
      value={form[field]}
      error={problems.fields[field]}
      onChange={(e) => setForm({ ...form, [field]: e.target.value })}
    />
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.name.trim()) return setProblems({ fields: { name: t.required }, message: null });
    try {
      await create({
        variables: {
          input: {
            name: form.name.trim(),
            kind: form.kind,
            contact: form.contact.trim() || undefined,
            description: form.description.trim() || undefined,
          },
        },
      });
      onSaved(form.name.trim());
    } catch (error) {
      setProblems(formProblems(error));
    }
  }
  return (
    <Card data-color="neutral" className="admin-form">
      <Heading level={3} data-size="xs">
        {t.newService}
      </Heading>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={labels}
          idPrefix={ID}
        />
        {text('name')}
        <Field>
          <Label htmlFor={fieldId(ID, 'kind')}>{t.serviceKind}</Label>
          <Select
            id={fieldId(ID, 'kind')}
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as ServiceKind })}
          >
            {SERVICE_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t.serviceKinds[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {text('contact')}
        {text('description')}
        <div className="actions">
          <Button type="submit" disabled={loading}>
            {loading ? texts.saving : t.save}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Card>
  );
}
