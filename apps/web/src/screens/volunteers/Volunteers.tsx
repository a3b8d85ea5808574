import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { VolunteerFieldsFragment } from '../../gql/graphql';
import {
  PeopleDirectoryDocument,
  RegisterVolunteerDocument,
  VolunteersDocument,
} from '../../graphql/course-volunteer-operations';
import { messageOf } from '../../graphql/errors';
import { formatDate, texts } from '../../texts';
import { latestCertificate, todayInOslo } from './volunteer-format';

const t = texts.volunteers;
const STATUSES = ['ACTIVE', 'PAUSED', 'LEFT'];

/** The centre's volunteers: what must be followed up first, then everyone, then a new one. */
export function Volunteers() {
  const [status, setStatus] = useState('ACTIVE');
  const { data, loading, error, refetch } = useQuery(VolunteersDocument, {
    variables: { status: status || null },
  });
  return (
    <div className="volunteers">
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>
        {t.intro} <Link to="/igangsettere">{t.directoryLink}</Link>
      </Paragraph>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <Card data-color="neutral">
            <section aria-labelledby="warnings-title">
              <Heading level={2} data-size="xs" id="warnings-title">
                {t.warningsTitle}
              </Heading>
              {data.volunteerWarnings.length === 0 ? (
                <Empty>{t.noWarnings}</Empty>
              ) : (
                <ul className="plain-list">
                  {data.volunteerWarnings.map((w) => (
                    <li key={`${w.volunteerId}-${w.kind}`}>
                      <Link to={`/frivillige/${w.volunteerId}`}>{w.displayName}</Link>
                      {': '}
                      {t.warning[w.kind] ?? w.kind}
                      {w.dueOn ? ` ${t.dueOn(formatDate(w.dueOn))}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </Card>
          <section aria-labelledby="volunteer-list-title">
            <Heading level={2} data-size="sm" id="volunteer-list-title" className="section-heading">
              {t.listTitle}
            </Heading>
            <Field className="volunteers__filter">
              <Label htmlFor="volunteer-status">{t.filter}</Label>
              <Select
                id="volunteer-status"
                value={status}
                onChange={(e) => setStatus(e.target.value)}
              >
                <Select.Option value="">{t.all}</Select.Option>
                {STATUSES.map((s) => (
                  <Select.Option key={s} value={s}>
                    {t.status[s]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {data.volunteers.length === 0 ? (
              <Empty>{t.noVolunteers}</Empty>
            ) : (
              <VolunteerTable volunteers={data.volunteers} />
            )}
          </section>
        </>
      )}
      <RegisterVolunteer />
    </div>
  );
}

function VolunteerTable({ volunteers }: { volunteers: VolunteerFieldsFragment[] }) {
  const today = todayInOslo();
  return (
    <Table data-size="sm" className="responsive-table">
      <caption className="visually-hidden">{t.listTitle}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.name}</Table.HeaderCell>
          <Table.HeaderCell>{t.statusLabel}</Table.HeaderCell>
          <Table.HeaderCell>{t.police}</Table.HeaderCell>
          <Table.HeaderCell>{t.agreement}</Table.HeaderCell>
          <Table.HeaderCell>{t.hours}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {volunteers.map((v) => {
          const certificate = latestCertificate(v.policeCertificates);
          return (
            <Table.Row key={v.id}>
              <Table.Cell data-label={t.name}>
                <Link to={`/frivillige/${v.id}`}>{v.displayName}</Link>
              </Table.Cell>
              <Table.Cell data-label={t.statusLabel}>{t.status[v.status] ?? v.status}</Table.Cell>
              <Table.Cell data-label={t.police}>
                {!certificate
                  ? t.missing
                  : certificate.validUntil < today
                    ? t.policeExpired(formatDate(certificate.validUntil))
                    : t.policeUntil(formatDate(certificate.validUntil))}
              </Table.Cell>
              <Table.Cell data-label={t.agreement}>
                {v.confidentialitySignedOn
                  ? t.signedOn(formatDate(v.confidentialitySignedOn))
                  : t.missing}
              </Table.Cell>
              <Table.Cell data-label={t.hours}>{t.hoursValue(v.totalHours)}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}

/** A starter of the centre gets a volunteer profile here; then the profile opens. */
function RegisterVolunteer() {
  const people = useQuery(PeopleDirectoryDocument);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();
  const [register, { loading }] = useMutation(RegisterVolunteerDocument, {
    refetchQueries: ['Volunteers', 'PeopleDirectory'],
  });
  const candidates = (people.data?.starterDirectory ?? []).filter((p) => !p.volunteer);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return setProblem(t.staffRequired);
    try {
      const { data } = await register({ variables: { input: { staffMemberId: chosen } } });
      if (data) void navigate(`/frivillige/${data.registerVolunteer.id}`);
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return (
    <Card data-color="neutral">
      <section aria-labelledby="register-title" className="section-form">
        <Heading level={2} data-size="xs" id="register-title">
          {t.registerTitle}
        </Heading>
        <Paragraph data-size="sm">{t.registerIntro}</Paragraph>
        {people.loading && !people.data && <Loading />}
        {people.error && !people.data && (
          <LoadError error={people.error} retry={() => void people.refetch()} />
        )}
        {people.data &&
          (candidates.length === 0 ? (
            <Empty>{t.nobodyToRegister}</Empty>
          ) : (
            <form onSubmit={submit} noValidate className="inline-form">
              <Field>
                <Label htmlFor="register-staff">{t.chooseStaff}</Label>
                <Select
                  id="register-staff"
                  value={chosen}
                  aria-invalid={problem ? true : undefined}
                  onChange={(e) => setChosen(e.target.value)}
                >
                  <Select.Option value="">{t.choose}</Select.Option>
                  {candidates.map((p) => (
                    <Select.Option key={p.staffMemberId} value={p.staffMemberId}>
                      {p.displayName}
                    </Select.Option>
                  ))}
                </Select>
                {problem && <ValidationMessage>{problem}</ValidationMessage>}
              </Field>
              <Button type="submit" variant="secondary" data-size="sm" disabled={loading}>
                {loading ? texts.saving : t.register}
              </Button>
            </form>
          ))}
      </section>
    </Card>
  );
}
