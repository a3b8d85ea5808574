import { Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';

interface Common<T extends string> {
  /** The fieldset's id, which an error summary links to. */
  id?: string;
  legend: string;
  description?: string;
  options: readonly T[];
  /** T comes from the options alone, so a callback's parameter cannot widen it. */
  label: (option: NoInfer<T>) => string;
  error?: string;
  /** 'sm' for a group inside another fieldset. */
  size?: 'sm';
}

interface OneOf<T extends string> extends Common<T> {
  multiple?: false;
  /** Radios share a name; it must be unique on the page. */
  name: string;
  value: NoInfer<T> | null;
  onChange: (value: NoInfer<T>) => void;
}

interface AnyOf<T extends string> extends Common<T> {
  multiple: true;
  value: readonly NoInfer<T>[];
  onChange: (value: NoInfer<T>[]) => void;
}

/**
 * A legend with radios (one choice) or checkboxes (any number), and the field's error under them.
 * Every form picks weekdays, times of day and formats this same way.
 */
export function ChoiceGroup<T extends string>(props: OneOf<T> | AnyOf<T>) {
  const { id, legend, description, options, label, error, size } = props;
  return (
    <Fieldset id={id}>
      <Fieldset.Legend data-size={size}>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="choices">
        {options.map((option) =>
          props.multiple ? (
            <Checkbox
              key={option}
              label={label(option)}
              value={option}
              checked={props.value.includes(option)}
              onChange={(e) => props.onChange(toggle(props.value, option, e.target.checked))}
            />
          ) : (
            <Radio
              key={option}
              name={props.name}
              label={label(option)}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
          ),
        )}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}
