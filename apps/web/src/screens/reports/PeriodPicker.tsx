import { Button, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { texts } from '../../texts';
import { DAY, type PeriodChoice, type PeriodKind, periodOf } from './period';

const t = texts.reports;
const KINDS: PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR', 'FREE'];

/** Month, quarter, year or a free period; shown when "Vis" is pressed. */
export function PeriodPicker({
  value,
  onChange,
  idPrefix,
}: {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  idPrefix: string;
}) {
  const [draft, setDraft] = useState(value);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  const id = (name: string) => `${idPrefix}-${name}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.kind === 'FREE') {
      const problems = {
        from: DAY.test(draft.from) ? undefined : t.badDay,
        to: DAY.test(draft.to) ? undefined : t.badDay,
      };
      setErrors(problems);
      if (problems.from || problems.to) return;
    }
    setErrors({});
    onChange({ ...draft, ...periodOf(draft) });
  }

  return (
    <form onSubmit={submit} className="period-picker">
      <Fieldset>
        <Fieldset.Legend>{t.periodLegend}</Fieldset.Legend>
        <div className="filters__row">
          <Field>
            <Label htmlFor={id('kind')}>{t.periodKind}</Label>
            <Select
              id={id('kind')}
              value={draft.kind}
              onChange={(e) => {
                const kind = e.target.value as PeriodKind;
                const part = kind === 'QUARTER' ? Math.min(draft.part, 4) : draft.part;
                const next = { ...draft, kind, part };
                setDraft(kind === 'FREE' ? { ...next, ...periodOf(draft) } : next);
              }}
            >
              {KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {t.periodKinds[k]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {draft.kind !== 'FREE' && (
            <Field>
              <Label htmlFor={id('year')}>{t.year}</Label>
              <Select
                id={id('year')}
                value={String(draft.year)}
                onChange={(e) => setDraft({ ...draft, year: Number(e.target.value) })}
              >
                {years.map((y) => (
                  <Select.Option key={y} value={String(y)}>
                    {y}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          {draft.kind === 'MONTH' && (
            <Field>
              <Label htmlFor={id('month')}>{t.month}</Label>
              <Select
                id={id('month')}
                value={String(draft.part)}
                onChange={(e) => setDraft({ ...draft, part: Number(e.target.value) })}
              >
                {t.monthNames.map((name, i) => (
                  <Select.Option key={name} value={String(i + 1)}>
                    {name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          {draft.kind === 'QUARTER' && (
            <Field>
              <Label htmlFor={id('quarter')}>{t.quarter}</Label>
              <Select
                id={id('quarter')}
                value={String(draft.part)}
                onChange={(e) => setDraft({ ...draft, part: Number(e.target.value) })}
              >
                {[1, 2, 3, 4].map((q) => (
                  <Select.Option key={q} value={String(q)}>
                    {t.quarterLabel(q)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          {draft.kind === 'FREE' && (
            <>
              <Textfield
                id={id('from')}
                label={t.from}
                value={draft.from}
                inputMode="numeric"
                error={errors.from}
                onChange={(e) => setDraft({ ...draft, from: e.target.value.trim() })}
              />
              <Textfield
                id={id('to')}
                label={t.to}
                value={draft.to}
                inputMode="numeric"
                error={errors.to}
                onChange={(e) => setDraft({ ...draft, to: e.target.value.trim() })}
              />
            </>
          )}
          <Button type="submit" variant="secondary" className="period-picker__show">
            {t.show}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}
