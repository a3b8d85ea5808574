/**
 * Group matching: how fast are suggestions and proposals for a whole centre, and what does the
 * slot-bucketing in proposeNewGroups buy over the obvious all-pairs approach?
 *
 * Run from the repo root (takes a few seconds and ends by itself):
 *   npx ts-node --transpile-only -P tools/bench/matching/tsconfig.json tools/bench/matching/bench.ts
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import {
  DEFAULT_MATCHING_WEIGHTS,
  NEIGHBOURING_MUNICIPALITIES,
  TIMES_OF_DAY,
  WEEKDAYS,
  isCompatible,
  proposeNewGroups,
  suggestGroupsForPerson,
  suggestPeopleForGroup,
  type CandidateGroup,
  type Gender,
  type GroupMember,
  type MatchingContext,
  type TimeOfDay,
  type WaitingPerson,
  type Weekday,
} from '@link/groups/matching';

const PEOPLE = 2000;
const GROUPS = 200;
const SEED = 20260;
const SUGGESTION_CALLS = 200;
const PROPOSAL_RUNS = 21;
const BASELINE_RUNS = 5;
const MIN_SIZE = 5;
const MAX_SIZE = 8;
const FULL_SHARE = 0.8;

const ctx: MatchingContext = {
  weights: DEFAULT_MATCHING_WEIGHTS,
  neighbours: NEIGHBOURING_MUNICIPALITIES,
  currentYear: 2026,
  today: new Date('2026-06-01T00:00:00Z'),
};

// ---------------------------------------------------------------------------------------------
// A deterministic centre: Bergen og omegn, where most people live in Bergen itself.

/** mulberry32: tiny, fast, and the same sequence on every machine for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
};
/** Most people name one to three days or times; some say "any". */
const someOf = <T>(values: readonly T[], anyShare: number, max: number): T[] => {
  if (random() < anyShare) return [];
  const chosen = new Set<T>();
  const wanted = 1 + Math.floor(random() * max);
  while (chosen.size < wanted) chosen.add(pick(values));
  return [...chosen];
};

const MUNICIPALITIES = [
  ['Bergen', 60],
  ['Askøy', 8],
  ['Øygarden', 9],
  ['Alver', 7],
  ['Bjørnafjorden', 7],
  ['Osterøy', 4],
  ['Samnanger', 2],
] as const;
const THEMES = ['sorg', 'angst', 'samlivsbrudd', 'ensomhet', 'kronisk sykdom'];

function generatePeople(): WaitingPerson[] {
  return Array.from({ length: PEOPLE }, (_, i): WaitingPerson => {
    const composition = weighted([
      ['MIXED', 35],
      ['EITHER', 35],
      ['THEMED', 20],
      [null, 10],
    ] as const);
    const hasAgeWish = random() < 0.2;
    const minWish = 18 + Math.floor(random() * 40);
    return {
      id: `p${String(i).padStart(5, '0')}`,
      municipality: random() < 0.03 ? null : weighted(MUNICIPALITIES),
      birthYear: random() < 0.08 ? null : 1945 + Math.floor(random() * 62),
      gender: weighted<Gender | null>([
        ['FEMALE', 60],
        ['MALE', 33],
        ['OTHER', 2],
        ['UNSPECIFIED', 3],
        [null, 2],
      ]),
      timesOfDay: someOf<TimeOfDay>(TIMES_OF_DAY, 0.2, 2),
      weekdays: someOf<Weekday>(WEEKDAYS.slice(0, 5), 0.3, 3),
      format: weighted([
        ['PHYSICAL', 50],
        ['DIGITAL', 12],
        ['EITHER', 30],
        [null, 8],
      ] as const),
      composition,
      theme: composition === 'MIXED' || random() < 0.3 ? null : pick(THEMES),
      genderMix: weighted([
        ['NO_PREFERENCE', 60],
        ['SAME_GENDER', 15],
        ['MIXED', 10],
        [null, 15],
      ] as const),
      ageRangeMin: hasAgeWish ? minWish : null,
      ageRangeMax: hasAgeWish ? minWish + 10 + Math.floor(random() * 20) : null,
      waitingSince: new Date(Date.UTC(2025, 0, 1 + Math.floor(random() * 500))),
    };
  });
}

function generateGroups(): CandidateGroup[] {
  return Array.from({ length: GROUPS }, (_, i): CandidateGroup => {
    const format = random() < 0.8 ? 'PHYSICAL' : 'DIGITAL';
    const themed = random() < 0.25;
    const capacity = weighted([
      [8, 70],
      [7, 20],
      [6, 10],
    ] as const);
    // With 2,000 people waiting, most running groups are full: that is why people wait.
    const size = random() < FULL_SHARE ? capacity : Math.floor(random() * capacity);
    const bornAround = 1950 + Math.floor(random() * 50);
    const hasRange = random() < 0.1;
    return {
      id: `g${String(i).padStart(4, '0')}`,
      weekday: pick(WEEKDAYS.slice(0, 5)),
      timeOfDay: pick(TIMES_OF_DAY),
      format,
      municipality: format === 'PHYSICAL' ? weighted(MUNICIPALITIES) : null,
      composition: themed ? 'THEMED' : 'MIXED',
      theme: themed ? pick(THEMES) : null,
      capacity,
      ageRangeMin: hasRange ? 2026 - bornAround - 10 : null,
      ageRangeMax: hasRange ? 2026 - bornAround + 10 : null,
      members: Array.from(
        { length: size },
        (): GroupMember => ({
          birthYear: bornAround + Math.floor(random() * 12),
          gender: weighted<Gender | null>([
            ['FEMALE', 60],
            ['MALE', 35],
            [null, 5],
          ]),
        }),
      ),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The naive baseline: every pair of unserved people is compared, then groups are grown greedily
// from the compatibility matrix. It answers the same question with the same rules, so the only
// difference measured is the O(n^2) pair matrix versus bucketing people by slot.

/** Every (format, day, time, place, composition/theme) a person could meet in, as strings. */
function baselineSlots(person: WaitingPerson): Set<string> {
  const days = person.weekdays.length > 0 ? person.weekdays : WEEKDAYS;
  const times = person.timesOfDay.length > 0 ? person.timesOfDay : TIMES_OF_DAY;
  const theme = person.theme?.trim().toLowerCase() || null;
  const compositions: string[] = [];
  if (person.composition !== 'THEMED') compositions.push('MIXED');
  if (person.composition !== 'MIXED' && theme !== null) compositions.push(`THEMED:${theme}`);
  const places: string[] = [];
  if (person.format !== 'DIGITAL' && person.municipality !== null) {
    places.push(`P:${person.municipality}`);
    for (const n of NEIGHBOURING_MUNICIPALITIES.get(person.municipality) ?? [])
      places.push(`P:${n}`);
  }
  if (person.format !== 'PHYSICAL') places.push('D');
  const slots = new Set<string>();
  for (const place of places) {
    for (const day of days) {
      for (const time of times) {
        for (const composition of compositions) slots.add(`${place}|${day}|${time}|${composition}`);
      }
    }
  }
  return slots;
}

function sharesSlot(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const slot of small) if (large.has(slot)) return true;
  return false;
}

function naiveProposals(people: WaitingPerson[], groups: CandidateGroup[]): string[][] {
  const unserved = people
    .filter((p) => !groups.some((g) => isCompatible(p, g, ctx)))
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || (a.id < b.id ? -1 : 1));
  const n = unserved.length;
  const slots = unserved.map(baselineSlots);

  // The full matrix: n^2 / 2 pair checks.
  const matrix = new Uint8Array(n * n);
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (sharesSlot(slots[i], slots[j])) {
        matrix[i * n + j] = matrix[j * n + i] = 1;
        degree[i]++;
        degree[j]++;
      }
    }
  }

  const placed = new Uint8Array(n);
  const exhausted = new Uint8Array(n);
  const proposals: string[][] = [];
  for (;;) {
    // The anchor is the person with the most compatible people left (ties: longest waiting).
    let anchor = -1;
    for (let i = 0; i < n; i++) {
      if (placed[i] || exhausted[i] || degree[i] < MIN_SIZE - 1) continue;
      if (anchor === -1 || degree[i] > degree[anchor]) anchor = i;
    }
    if (anchor === -1) break;

    // Grow the group while some slot is still common to all members (pairwise is not enough).
    const members = [anchor];
    let common = new Set(slots[anchor]);
    for (let j = 0; j < n && members.length < MAX_SIZE; j++) {
      if (j === anchor || placed[j] || !matrix[anchor * n + j]) continue;
      if (!members.every((m) => matrix[m * n + j])) continue;
      const narrowed = new Set([...common].filter((slot) => slots[j].has(slot)));
      if (narrowed.size === 0) continue;
      common = narrowed;
      members.push(j);
    }
    if (members.length < MIN_SIZE) {
      exhausted[anchor] = 1;
      continue;
    }
    for (const m of members) {
      placed[m] = 1;
      for (let j = 0; j < n; j++) if (matrix[m * n + j]) degree[j]--;
    }
    proposals.push(members.map((m) => unserved[m].id));
  }
  return proposals;
}

// ---------------------------------------------------------------------------------------------
// Timing helpers.

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function timeMany<T>(runs: number, run: () => T): { ms: number[]; result: T } {
  const ms: number[] = [];
  let result = run(); // warm-up: let V8 optimise before measuring
  for (let i = 0; i < runs; i++) {
    const timed = time(run);
    ms.push(timed.ms);
    result = timed.result;
  }
  return { ms, result };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

function main() {
  const people = generatePeople();
  const groups = generateGroups();
  const unserved = people.filter((p) => !groups.some((g) => isCompatible(p, g, ctx))).length;

  const full = groups.filter((g) => g.members.length >= g.capacity).length;
  console.log('Group matching benchmark');
  console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, seed ${SEED}`);
  console.log(
    `Centre: ${PEOPLE} waiting, ${GROUPS} groups (${full} full); ` +
      `${unserved} waiting people are served by no existing group\n`,
  );

  // (a) Suggestions for one participant: the first person with at least one compatible group.
  const subject = people.find((p) => groups.some((g) => isCompatible(p, g, ctx))) ?? people[0];
  const suggestions = timeMany(SUGGESTION_CALLS, () =>
    suggestGroupsForPerson(subject, groups, ctx),
  );
  const busiest = groups.find((g) => g.members.length < g.capacity) ?? groups[0];
  const candidates = timeMany(SUGGESTION_CALLS, () => suggestPeopleForGroup(busiest, people, ctx));

  // (b) Proposals for the whole centre, and (c) the all-pairs baseline, in the same run. Twice:
  // with the centre's groups, and with every group full (a new centre, or a season start), where
  // all 2,000 people need a new group and the baseline's n^2 shows.
  const allFull = groups.map((g) => ({ ...g, capacity: g.members.length }));
  const scenarios = [
    { name: 'centre as generated', groups, unserved },
    { name: 'every group full', groups: allFull, unserved: PEOPLE },
  ].map((scenario) => {
    const optimised = timeMany(PROPOSAL_RUNS, () => proposeNewGroups(people, scenario.groups, ctx));
    const naive = timeMany(BASELINE_RUNS, () => naiveProposals(people, scenario.groups));
    return { ...scenario, optimised, naive };
  });

  // Quality, not only speed: how many people were placed, and in how many proposals the ages
  // span more than the recommended 15 years.
  const birthYears = new Map(people.map((p) => [p.id, p.birthYear]));
  const isWide = (ids: string[]) => {
    const years = ids
      .map((id) => birthYears.get(id))
      .filter((y): y is number => typeof y === 'number');
    return years.length > 0 && Math.max(...years) - Math.min(...years) > 15;
  };
  const summary = (sets: string[][]) =>
    `${sets.length} proposals, ${sets.reduce((sum, s) => sum + s.length, 0)} people, ` +
    `${sets.filter(isWide).length} span > 15 y`;
  const rows: [string, string, string, string][] = [
    ['What', 'Runs', 'Median', 'Result'],
    [
      `(a) suggestGroupsForPerson (1 person x ${GROUPS} groups)`,
      String(SUGGESTION_CALLS),
      fmt(median(suggestions.ms)),
      `${suggestions.result.length} groups suggested`,
    ],
    [
      `    suggestPeopleForGroup (1 group x ${PEOPLE} people)`,
      String(SUGGESTION_CALLS),
      fmt(median(candidates.ms)),
      `${candidates.result.length} people suggested`,
    ],
  ];
  for (const [i, s] of scenarios.entries()) {
    const tag = i === 0 ? '' : `, ${s.name}`;
    rows.push(
      [
        `(b) proposeNewGroups, slot buckets (${s.unserved} unserved${tag})`,
        String(PROPOSAL_RUNS),
        fmt(median(s.optimised.ms)),
        summary(s.optimised.result.map((p) => p.participantIds)),
      ],
      [
        `(c) naive all-pairs baseline (${s.unserved} unserved${tag})`,
        String(BASELINE_RUNS),
        fmt(median(s.naive.ms)),
        summary(s.naive.result),
      ],
    );
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('');
  const range = (ms: number[]) => `${fmt(Math.min(...ms))} to ${fmt(Math.max(...ms))}`;
  for (const s of scenarios) {
    const ratio = median(s.naive.ms) / median(s.optimised.ms);
    console.log(
      `baseline / optimised, ${s.name}: ${ratio.toFixed(1)}x ` +
        `(optimised ${range(s.optimised.ms)}; baseline ${range(s.naive.ms)})`,
    );
  }
}

main();
