import fc from 'fast-check';
import {
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * Values for a GraphQL input type, generated from the schema: mostly plausible ones (so requests
 * get past the first check and reach the services), mixed with the mistakes and attacks a client
 * can send — wrong types, nulls, unknown enum values, NUL bytes, lone surrogates, huge strings,
 * ISO week dates, floats for integers, negative numbers.
 *
 * With `faults: 0` there are no nasty values: the fuzz uses it to find which user may call an
 * operation before fuzzing it.
 */
export interface ArbitraryOptions {
  /** Existing ids (of the fuzzing centre's rows), so ids sometimes name a real object. */
  ids: readonly string[];
  /** Centre slugs and other known values for `String` fields of that name. */
  centres: readonly string[];
  /**
   * How often a value is a fault (nasty, wrong type, null where required), against 20 for a good
   * one: 0 gives only plausible values, 1 about one fault in a request of twenty fields.
   */
  faults: number;
}

const GOOD = 20;

/** Something that must not be omitted (GraphQL would refuse it before the server). */
const OMITTED = Symbol('omitted');
type Generated = unknown;

export function inputValue(
  type: GraphQLInputType,
  name: string,
  options: ArbitraryOptions,
  depth = 0,
): fc.Arbitrary<Generated> {
  if (isNonNullType(type)) {
    const inner = inputValue(type.ofType, name, options, depth);
    if (options.faults === 0) return inner;
    return fc.oneof(
      { weight: GOOD, arbitrary: inner },
      { weight: options.faults, arbitrary: fc.constantFrom(null, OMITTED) },
    );
  }
  const nullable = (arbitrary: fc.Arbitrary<Generated>) =>
    fc.oneof(
      { weight: 6, arbitrary },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: fc.constant(OMITTED) },
    );
  if (isListType(type)) {
    const item = inputValue(type.ofType, name, options, depth + 1);
    const list = fc.array(item, { maxLength: depth > 1 ? 1 : 4 });
    if (options.faults === 0) return nullable(list);
    // GraphQL coerces a single value to a list of one.
    return nullable(
      fc.oneof({ weight: GOOD, arbitrary: list }, { weight: options.faults, arbitrary: item }),
    );
  }
  return nullable(namedValue(type, name, options, depth));
}

function namedValue(
  type: GraphQLNamedInputType,
  name: string,
  options: ArbitraryOptions,
  depth: number,
): fc.Arbitrary<Generated> {
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 3) return fc.constant({});
    const record = fc
      .tuple(...fields.map((field) => fieldValue(field, options, depth + 1)))
      .map((values) => objectOf(fields, values));
    if (options.faults === 0) return record;
    return fc.oneof(
      { weight: GOOD, arbitrary: record },
      // An unknown field, or something that is not an object at all.
      {
        weight: options.faults,
        arbitrary: fc.oneof(
          record.map((value) => ({ ...value, notAField: 1 })),
          wrongType(),
        ),
      },
    );
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    const values = fc.constantFrom(...names);
    if (options.faults === 0) return values;
    return fc.oneof(
      { weight: GOOD, arbitrary: values },
      {
        weight: options.faults,
        arbitrary: fc.constantFrom('NOT_A_VALUE', names[0].toLowerCase(), '', 42),
      },
    );
  }
  if (isScalarType(type)) return scalarValue(type.name, name, options);
  return fc.constant(null);
}

function fieldValue(
  field: GraphQLInputField,
  options: ArbitraryOptions,
  depth: number,
): fc.Arbitrary<Generated> {
  return inputValue(field.type, field.name, options, depth);
}

function objectOf(fields: readonly GraphQLInputField[], values: Generated[]) {
  const object: Record<string, Generated> = {};
  fields.forEach((field, i) => {
    if (values[i] !== OMITTED) object[field.name] = values[i];
  });
  return object;
}

/** The variables object for an operation's arguments, with omitted ones left out. */
export function variablesOf(
  names: readonly string[],
  values: readonly Generated[],
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (values[i] !== OMITTED) variables[name] = values[i];
  });
  return variables;
}

// --- Scalars ---------------------------------------------------------------------------------

/** Text no field can take: NUL bytes (PostgreSQL cannot store them) and lone surrogates. */
const BROKEN_TEXT = [
  'Kari\u0000',
  '\u0000',
  'a\u0000b',
  'x\uD800y',
  '\uDC00',
  'Kari\uDBFF',
] as const;
const HUGE_TEXT = ['ø'.repeat(3000), 'a'.repeat(100_000)] as const;
const NASTY_TEXT = [
  '',
  '   ',
  "'; DROP TABLE participants; --",
  '<script>alert(1)</script>',
  '%s%n',
  '\u202Eabc',
  '😀',
  'null',
  '2026-W05-3',
] as const;

const DATES = ['2026-03-15', '2025-01-01', '2024-02-29', '2025-12-31', '2026-11-20'] as const;
const BAD_DATES = [
  '2026-W05-3',
  '2026-W05',
  '2026-045',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-1-5',
  '20260315',
  '2026-03-15T10:00:00Z',
  '0000-01-01',
  '9999-12-31',
  '-002026-03-15',
  '+2026-03-15',
  '2026-03-15\u0000',
  'i morgen',
] as const;
const DATE_TIMES = [
  '2026-03-15T10:00:00Z',
  '2026-01-05T08:30:00.000Z',
  '2026-06-01T12:00:00+02:00',
  '2025-10-26T02:30:00+01:00',
] as const;
const BAD_DATE_TIMES = [
  '2026-W05-3',
  '2026-W05-3T10:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-03-15T25:00:00Z',
  '2026-03-15',
  '15.03.2026',
  'not a date',
  '',
  '275760-09-14T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '2026-03-15T10:00:00Z\u0000',
] as const;

function scalarValue(
  scalar: string,
  name: string,
  options: ArbitraryOptions,
): fc.Arbitrary<Generated> {
  const valid = plausibleScalar(scalar, name, options);
  if (options.faults === 0) return valid;
  return fc.oneof(
    { weight: GOOD, arbitrary: valid },
    {
      weight: options.faults,
      arbitrary: fc.oneof(
        { weight: 4, arbitrary: nastyScalar(scalar, name) },
        { weight: 1, arbitrary: wrongType() },
      ),
    },
  );
}

function plausibleScalar(
  scalar: string,
  name: string,
  options: ArbitraryOptions,
): fc.Arbitrary<Generated> {
  switch (scalar) {
    case 'ID':
      return options.ids.length > 0
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...options.ids) }, fc.uuid())
        : fc.uuid();
    case 'Int':
      return fc.oneof(
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(1, 5, 8, 12, 36, 120, 180, 1985, 2000),
      );
    case 'Float':
      return fc.oneof(fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 7.5), fc.double({ min: 0, max: 24 }));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.constantFrom(...DATE_TIMES);
    case 'JSONObject':
      return fc.constant({});
    default:
      return plausibleText(name, options);
  }
}

function plausibleText(name: string, options: ArbitraryOptions): fc.Arbitrary<Generated> {
  const key = name.toLowerCase();
  if (key === 'centre' || key === 'slug') return fc.constantFrom(...options.centres, 'ny-sentral');
  if (key.includes('email')) return fc.constantFrom('kari@example.no', 'ola.nordmann@example.com');
  if (key.includes('phone')) return fc.constantFrom('912 34 567', '+47 41234567');
  if (key === 'startsat' || key === 'endsat' || key === 'starttime')
    return fc.constantFrom('09:00', '18:00', '20:30');
  if (
    key === 'on' ||
    key.endsWith('on') ||
    key === 'from' ||
    key === 'to' ||
    key.startsWith('valid') ||
    key.endsWith('date')
  )
    return fc.constantFrom(...DATES);
  if (key === 'password' || key === 'initialpassword')
    return fc.constantFrom('LinkDemo2026!', 'et-langt-passord-123');
  if (key === 'contentbase64') return fc.constantFrom('aGVpIHDDpSBkZWc=', '');
  if (key === 'contenttype') return fc.constantFrom('application/pdf', 'text/plain');
  if (key === 'filename') return fc.constantFrom('notat.pdf', 'plan.txt');
  if (key === 'language') return fc.constantFrom('nb', 'nn', 'en');
  if (key === 'kind') return fc.constantFrom('ORDINARY', 'STARTER', 'GENERAL');
  if (key === 'status') return fc.constantFrom('ACTIVE', 'PAUSED', 'ENDED');
  if (key.includes('weekday')) return fc.constantFrom('MONDAY', 'TUESDAY');
  if (key.includes('timesofday')) return fc.constantFrom('MORNING', 'EVENING');
  return fc.oneof(
    fc.constantFrom('Kari', 'Bergen', 'Askøy', 'Samtalegruppe', 'Tirsdagskveld'),
    fc.string({ minLength: 1, maxLength: 30 }),
  );
}

function nastyScalar(scalar: string, name: string): fc.Arbitrary<Generated> {
  switch (scalar) {
    case 'ID':
      return fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-000000000000', 'a\u0000');
    case 'Int':
      return fc.constantFrom(
        -1,
        -2147483648,
        2147483647,
        0,
        1.5,
        1e-9,
        2 ** 53,
        '5',
        Number.MAX_SAFE_INTEGER,
      );
    case 'Float':
      return fc.constantFrom(
        1e-9,
        -1,
        0,
        -0,
        1e308,
        24.0001,
        0.1,
        0.33,
        Number.MIN_VALUE,
        '1.5',
        Number.MAX_SAFE_INTEGER,
      );
    case 'Boolean':
      return fc.constantFrom('true', 1, 0);
    case 'DateTime':
      return fc.oneof(fc.constantFrom(...BAD_DATE_TIMES), fc.constantFrom(0, 1e15, -1, true));
    case 'JSONObject':
      return fc.constantFrom('text', [], 1);
    default: {
      const key = name.toLowerCase();
      const text = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...BROKEN_TEXT) },
        { weight: 1, arbitrary: fc.constantFrom(...HUGE_TEXT) },
        { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXT) },
      );
      const dateLike =
        key === 'on' ||
        key.endsWith('on') ||
        key === 'from' ||
        key === 'to' ||
        key.includes('valid');
      return dateLike ? fc.oneof(fc.constantFrom(...BAD_DATES), text) : text;
    }
  }
}

function wrongType(): fc.Arbitrary<Generated> {
  return fc.constantFrom(123, -4.5, true, 'text', [1, 2], { a: 1 }, '');
}

// --- One fault in an otherwise plausible request ----------------------------------------------

type Leaf = { parent: Record<string, unknown> | unknown[]; key: string | number; value: unknown };

function leaves(value: unknown, found: Leaf[] = []): Leaf[] {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, item] of entries) {
    if (item !== null && typeof item === 'object') leaves(item, found);
    else found.push({ parent: value as Leaf['parent'], key, value: item });
  }
  return found;
}

const NASTY_NUMBERS = [-1, 0, 1e-9, 0.33, 1.5, 2 ** 31, 1e308, -2147483648] as const;

/**
 * A plausible request with exactly one value replaced by something nasty of the same kind (text
 * for text, a number for a number, null for anything): the other values pass validation, so the
 * bad one travels as far into the service as it can.
 */
export function withOneFault(
  plausible: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      plausible,
      fc.nat(),
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...BROKEN_TEXT) },
        { weight: 1, arbitrary: fc.constantFrom(...HUGE_TEXT) },
        { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXT, ...BAD_DATES, ...BAD_DATE_TIMES) },
      ),
      fc.constantFrom(...NASTY_NUMBERS),
      fc.nat({ max: 9 }),
    )
    .map(([variables, index, text, number, nullChance]) => {
      // Exactly what is sent (JSON), so a leaf is a value the server sees.
      const copy = JSON.parse(JSON.stringify(variables)) as Record<string, unknown>;
      const found = leaves(copy);
      if (found.length === 0) return copy;
      const leaf = found[index % found.length];
      const replacement = nullChance === 0 ? null : typeof leaf.value === 'number' ? number : text;
      (leaf.parent as Record<string | number, unknown>)[leaf.key] = replacement;
      return copy;
    });
}
