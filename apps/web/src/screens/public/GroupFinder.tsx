import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';

import type { GroupFormat, TimeOfDay, Weekday } from '../../gql/graphql';
import { texts } from '../../texts';
import { PublicHeading, type PublicGroup, usePublicPage } from './PublicLayout';

const t = texts.publicPages;
const WEEKDAYS = Object.keys(texts.enums.weekday) as Weekday[];
const TIMES = Object.keys(texts.enums.timeOfDay) as TimeOfDay[];
const FORMATS = Object.keys(texts.enums.groupFormat) as GroupFormat[];

/**
 * The filters live in the address (`?dag=tirsdag&format=digitalt`), so a centre can link
 * straight to, say, its digital groups, and the back button undoes a choice.
 */
const PARAMS = {
  weekday: { key: 'dag', values: WEEKDAYS, label: (v: Weekday) => texts.enums.weekday[v] },
  timeOfDay: { key: 'tid', values: TIMES, label: (v: TimeOfDay) => texts.enums.timeOfDay[v] },
  format: { key: 'format', values: FORMATS, label: (v: GroupFormat) => texts.enums.groupFormat[v] },
} as const;

type Filter = keyof typeof PARAMS;

/** The value in the address is the option's Norwegian name in lower case. */
function slugOf(label: string): string {
  return label.toLowerCase();
}

export function GroupFinder({ headingLevel }: { headingLevel: 1 | 2 }) {
  const { centre, groups } = usePublicPage();
  const [params, setParams] = useSearchParams();

  function chosen<F extends Filter>(filter: F) {
    const { key, values, label } = PARAMS[filter];
    const value = params.get(key);
    return (values as readonly string[]).find(
      (v) => slugOf((label as (v: string) => string)(v)) === value,
    ) as (typeof PARAMS)[F]['values'][number] | undefined;
  }
  const weekday = chosen('weekday');
  const timeOfDay = chosen('timeOfDay');
  const format = chosen('format');
  const municipality = params.get('kommune') ?? '';

  const municipalities = [...new Set(groups.map((g) => g.municipality).filter(isText))].sort(
    (a, b) => a.localeCompare(b, 'nb'),
  );
  const shown = groups.filter(
    (g) =>
      (!weekday || g.weekday === weekday) &&
      (!timeOfDay || g.timeOfDay === timeOfDay) &&
      (!format || g.format === format) &&
      (!municipality || g.municipality === municipality),
  );
  const filtered = Boolean(weekday || timeOfDay || format || municipality);

  function choose(key: string, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <section className="public-section" aria-labelledby="finder-title">
      <PublicHeading
        level={headingLevel}
        title={headingLevel === 1 ? `${t.finderTitle} – ${centre.name}` : undefined}
      >
        <span id="finder-title">{t.finderTitle}</span>
      </PublicHeading>
      <Paragraph>{t.finderIntro}</Paragraph>

      {groups.length === 0 ? (
        <Paragraph>{t.noneAtAll}</Paragraph>
      ) : (
        <>
          <fieldset className="public-filters">
            <legend className="public-filters__legend">{t.filters}</legend>
            {(Object.keys(PARAMS) as Filter[]).map((filter) => {
              const { key, values, label } = PARAMS[filter];
              const name = label as (v: string) => string;
              return (
                <Field key={filter}>
                  <Label htmlFor={`finder-${key}`}>{t[filter]}</Label>
                  <Select
                    id={`finder-${key}`}
                    value={params.get(key) ?? ''}
                    onChange={(e) => choose(key, e.target.value)}
                  >
                    <Select.Option value="">{t.any}</Select.Option>
                    {(values as readonly string[]).map((v) => (
                      <Select.Option key={v} value={slugOf(name(v))}>
                        {name(v)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              );
            })}
            {municipalities.length > 1 && (
              <Field>
                <Label htmlFor="finder-kommune">{t.municipality}</Label>
                <Select
                  id="finder-kommune"
                  value={municipality}
                  onChange={(e) => choose('kommune', e.target.value)}
                >
                  <Select.Option value="">{t.any}</Select.Option>
                  {municipalities.map((m) => (
                    <Select.Option key={m} value={m}>
                      {m}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
          </fieldset>

          <div className="public-found">
            <Paragraph role="status" aria-live="polite">
              <strong>{t.found(shown.length)}</strong>
            </Paragraph>
            {filtered && (
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setParams({}, { replace: true })}
              >
                {t.clearFilters}
              </Button>
            )}
          </div>
          {shown.length === 0 ? (
            <Paragraph>{t.noneMatch}</Paragraph>
          ) : (
            <ul className="public-groups">
              {shown.map((group, index) => (
                <li key={index}>
                  <GroupCard group={group} slug={centre.slug} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function isText(value: string | null | undefined): value is string {
  return Boolean(value);
}

/** "Onsdager, formiddag · Fysisk, i Bergen": how the group is told about on the form, too. */
export function describeGroup(group: PublicGroup): string {
  return [when(group), where(group)].join(' · ');
}

function when(group: PublicGroup): string {
  const day = texts.enums.weekday[group.weekday];
  return group.startTime
    ? t.openTime(day, group.startTime)
    : t.closedTime(day, texts.enums.timeOfDay[group.timeOfDay]);
}

function where(group: PublicGroup): string {
  if (group.format === 'DIGITAL') return t.digital;
  return group.municipality ? t.physicalIn(group.municipality) : t.physical;
}

function GroupCard({ group, slug }: { group: PublicGroup; slug: string }) {
  const open = group.kind === 'OPEN';
  return (
    <Card data-color={open ? 'success' : 'accent'} className="public-group">
      <Heading level={3} data-size="xs">
        {open ? t.openGroup : t.recruitingGroup}
      </Heading>
      <dl className="public-group__facts">
        <div>
          <dt>{t.when}</dt>
          <dd>{when(group)}</dd>
        </div>
        <div>
          <dt>{t.where}</dt>
          <dd>
            {where(group)}
            {group.address && (
              <span className="public-group__address">{t.meetsAt(group.address)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.kindOf}</dt>
          <dd>{group.theme ? t.themed(group.theme) : t.mixed}</dd>
        </div>
      </dl>
      {!open && (
        <Paragraph>
          <Link
            to={`/sentre/${slug}/meld-interesse`}
            state={{ group: describeGroup(group) }}
            aria-label={`${t.interested}: ${describeGroup(group)}`}
          >
            {t.interested}
          </Link>
        </Paragraph>
      )}
    </Card>
  );
}
