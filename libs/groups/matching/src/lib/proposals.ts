import { ageExtent, ageOf } from './age';
import { compareStrings, normaliseTheme } from './compare';
import { isCompatible } from './compatibility';
import { proposalReasons } from './proposal-reasons';
import { type Slot, SlotSpace } from './slots';
import {
  TIMES_OF_DAY,
  WEEKDAYS,
  type CandidateGroup,
  type GroupProposal,
  type MatchingContext,
  type ProposalOptions,
  type ProposalShared,
  type WaitingPerson,
} from './types';
import {
  MAX_GROUP_SIZE,
  MIN_GROUP_SIZE,
  OFFERED_MAX_AGE_SPAN,
  RECOMMENDED_MAX_AGE_SPAN,
} from './weights';

interface Candidate {
  person: WaitingPerson;
  age: number | null;
  buckets: Bucket[];
  placed: boolean;
}

interface Bucket {
  slot: Slot;
  /**
   * Everyone who fits the slot, longest waiting first (people are bucketed in that order); those
   * placed from other buckets are dropped when this bucket is next chosen.
   */
  members: Candidate[];
  /** Members not yet placed in a proposal. */
  live: number;
  /** Live members who live in the slot's municipality (always 0 for digital slots). */
  liveResidents: number;
}

/**
 * New groups for people no existing group can take.
 *
 * Finding the best partition of people into groups is a set-packing problem (NP-hard), and a
 * coordinator needs an answer while the page loads, so this is a greedy heuristic:
 *
 * 1. Keep only unserved people: anyone an existing group can take should be offered that group
 *    first, since it already runs (or is closer to starting) and needs no new volunteer.
 * 2. Put each person in a bucket for every slot they fit. Everyone in a bucket can meet in the
 *    same group, so no person-by-person comparison is needed: the cost is linear in the number
 *    of (person, slot) pairs instead of quadratic in people.
 * 3. Repeatedly take the bucket with the most unplaced people, because the largest bucket is
 *    where a group is most certain to fill, and form one proposal from it (see selectMembers).
 *    Remove those people from every bucket and repeat until no bucket has minSize people.
 */
export function proposeNewGroups(
  people: readonly WaitingPerson[],
  groups: readonly CandidateGroup[],
  ctx: MatchingContext,
  options: ProposalOptions = {},
): GroupProposal[] {
  const minSize = options.minSize ?? MIN_GROUP_SIZE;
  const maxSize = options.maxSize ?? MAX_GROUP_SIZE;
  const maxAgeSpan = options.maxAgeSpan ?? OFFERED_MAX_AGE_SPAN;
  if (!Number.isInteger(minSize) || !Number.isInteger(maxSize) || minSize < 1) {
    throw new RangeError('minSize and maxSize must be positive whole numbers');
  }
  if (maxSize < minSize) throw new RangeError('maxSize must be at least minSize');

  // Sorting up front makes every later step independent of the caller's order: buckets fill
  // longest-waiting first, so "take the first N" inside a bucket is already the fair choice.
  const openGroups = indexOpenGroups(groups);
  const unserved = uniqueById([...people].sort(byWaitingThenId)).filter(
    (person) => !isServed(person, openGroups, ctx),
  );

  const buckets = bucketBySlot(unserved, ctx);

  const proposals: { proposal: GroupProposal; key: string }[] = [];
  let open = buckets;
  for (;;) {
    // Bucket counts only fall, so a bucket below minSize never comes back: drop it for good.
    open = open.filter((bucket) => bucket.live >= minSize);
    if (open.length === 0) break;
    let best = open[0];
    for (const bucket of open) if (isBetterBucket(bucket, best)) best = bucket;

    const chosen = selectMembers(best, minSize, maxSize);
    for (const candidate of chosen) {
      candidate.placed = true;
      for (const bucket of candidate.buckets) {
        bucket.live--;
        if (isResident(candidate, bucket)) bucket.liveResidents--;
      }
    }
    const members = chosen.map((c) => c.person);
    const shared = sharedFor(best.slot, members);
    const reasons = proposalReasons(shared, members, maxSize, ctx);
    let score = 0;
    for (const reason of reasons) score += reason.points;
    // Offered only when it helps: more speaks for it than against, and the ages are not far
    // beyond the frame. The people stay waiting (and may fit another proposal later).
    const ages = ageExtent(members.map((p) => ageOf(p.birthYear, ctx.currentYear)));
    if (score < 0 || (ages !== null && ages.max - ages.min > maxAgeSpan)) continue;
    proposals.push({
      proposal: { participantIds: members.map((p) => p.id), shared, score, reasons },
      key: best.slot.key,
    });
  }

  // Best first for the coordinator. One bucket can yield several proposals with the same key;
  // their first (longest-waiting) members differ, which settles the order.
  return proposals
    .sort(
      (a, b) =>
        b.proposal.score - a.proposal.score ||
        compareStrings(a.key, b.key) ||
        compareStrings(a.proposal.participantIds[0], b.proposal.participantIds[0]),
    )
    .map((p) => p.proposal);
}

/** One bucket per slot anyone fits, each listing its people in the order they were given. */
function bucketBySlot(unserved: readonly WaitingPerson[], ctx: MatchingContext): Bucket[] {
  const space = new SlotSpace(unserved, ctx);
  const buckets = new Map<number, Bucket>();
  for (const person of unserved) {
    const candidate: Candidate = {
      person,
      age: ageOf(person.birthYear, ctx.currentYear),
      buckets: [],
      placed: false,
    };
    for (const id of space.idsFor(person)) {
      let bucket = buckets.get(id);
      if (!bucket) {
        bucket = { slot: space.slot(id), members: [], live: 0, liveResidents: 0 };
        buckets.set(id, bucket);
      }
      bucket.members.push(candidate);
      bucket.live++;
      if (isResident(candidate, bucket)) bucket.liveResidents++;
      candidate.buckets.push(bucket);
    }
  }
  return [...buckets.values()];
}

/** Open groups by (weekday, time of day), as an array indexed by dayIndex * 4 + timeIndex. */
type GroupIndex = readonly (readonly CandidateGroup[])[];

const DAY_INDEX = new Map(WEEKDAYS.map((day, i) => [day, i]));
const TIME_INDEX = new Map(TIMES_OF_DAY.map((time, i) => [time, i]));
const ALL_DAYS = WEEKDAYS.map((_, i) => i);
const ALL_TIMES = TIMES_OF_DAY.map((_, i) => i);

/**
 * Checking every person against every group is the biggest cost here (2,000 x 200 pairs), but
 * a person who named Tuesday evenings only needs the groups that meet then. Full groups serve
 * nobody, so they are dropped once, up front.
 */
function indexOpenGroups(groups: readonly CandidateGroup[]): GroupIndex {
  const index: CandidateGroup[][] = Array.from(
    { length: WEEKDAYS.length * TIMES_OF_DAY.length },
    () => [],
  );
  for (const group of groups) {
    if (group.members.length >= group.capacity) continue;
    const day = DAY_INDEX.get(group.weekday);
    const time = TIME_INDEX.get(group.timeOfDay);
    if (day === undefined || time === undefined) continue;
    index[day * TIMES_OF_DAY.length + time].push(group);
  }
  return index;
}

/** Served: some existing group is compatible and has a free place (isCompatible checks both). */
function isServed(person: WaitingPerson, openGroups: GroupIndex, ctx: MatchingContext): boolean {
  const days = person.weekdays.length > 0 ? indicesOf(person.weekdays, DAY_INDEX) : ALL_DAYS;
  const times = person.timesOfDay.length > 0 ? indicesOf(person.timesOfDay, TIME_INDEX) : ALL_TIMES;
  for (const day of days) {
    for (const time of times) {
      for (const group of openGroups[day * TIMES_OF_DAY.length + time]) {
        if (isCompatible(person, group, ctx)) return true;
      }
    }
  }
  return false;
}

function indicesOf<T>(values: readonly T[], index: ReadonlyMap<T, number>): number[] {
  const indices: number[] = [];
  for (const value of values) {
    const i = index.get(value);
    if (i !== undefined && !indices.includes(i)) indices.push(i);
  }
  return indices;
}

/**
 * Most unplaced people first. At equal size, the slot where more of them live wins, so a group
 * meets where its members are rather than next door (and, since nobody "lives" in a digital
 * slot, a physical group wins a tie: meeting in person is LINK's default). The key settles the
 * rest, which makes the choice deterministic.
 */
function isBetterBucket(a: Bucket, b: Bucket): boolean {
  if (a.live !== b.live) return a.live > b.live;
  if (a.liveResidents !== b.liveResidents) return a.liveResidents > b.liveResidents;
  return compareStrings(a.slot.key, b.slot.key) < 0;
}

function isResident(candidate: Candidate, bucket: Bucket): boolean {
  return bucket.slot.area !== null && candidate.person.municipality === bucket.slot.area;
}

/**
 * Up to maxSize people from the bucket, longest waiting first, whose ages fit inside the
 * recommended 15-year span when that still leaves at least minSize people.
 *
 * Age windows [lo, lo + 15] are tried at every known age: ages are whole years, so the window
 * slides over the distinct ages with how many people have each (linear in the bucket). Windows
 * that include the longest-waiting person are preferred, because the point of a waiting list is
 * that the person who waited longest is placed first; then the window holding the most people;
 * then the youngest window, for determinism. People of unknown age fit
 * every window: their age cannot break the recommendation we can see. Only when no window holds
 * minSize people are ages ignored, and the proposal's reasons then carry the age-span warning.
 */
function selectMembers(bucket: Bucket, minSize: number, maxSize: number): Candidate[] {
  // People placed from other buckets stay listed here until this bucket is chosen; dropping them
  // now keeps a big bucket that is chosen again and again from being filtered whole each time.
  const live = (bucket.members = bucket.members.filter((c) => !c.placed));
  const perAge = new Map<number, number>();
  let unknownCount = 0;
  for (const { age } of live) {
    if (age === null) unknownCount++;
    else perAge.set(age, (perAge.get(age) ?? 0) + 1);
  }
  const ages = [...perAge.keys()].sort((a, b) => a - b);
  const anchorAge = live[0].age;

  let bestLo: number | null = null;
  let bestHasAnchor = false;
  let bestCount = 0;
  let end = 0;
  let inWindow = 0;
  for (let start = 0; start < ages.length; start++) {
    const lo = ages[start];
    if (start > 0) inWindow -= perAge.get(ages[start - 1])!;
    while (end < ages.length && ages[end] <= lo + RECOMMENDED_MAX_AGE_SPAN) {
      inWindow += perAge.get(ages[end])!;
      end++;
    }
    const count = Math.min(maxSize, inWindow + unknownCount);
    if (count < minSize) continue;
    const hasAnchor =
      anchorAge === null || (anchorAge >= lo && anchorAge <= lo + RECOMMENDED_MAX_AGE_SPAN);
    const better =
      bestLo === null ||
      (hasAnchor && !bestHasAnchor) ||
      (hasAnchor === bestHasAnchor && count > bestCount);
    if (better) {
      bestLo = lo;
      bestHasAnchor = hasAnchor;
      bestCount = count;
    }
  }

  if (bestLo === null) return live.slice(0, maxSize);
  const lo = bestLo;
  return live
    .filter((c) => c.age === null || (c.age >= lo && c.age <= lo + RECOMMENDED_MAX_AGE_SPAN))
    .slice(0, maxSize);
}

/** The slot, with the theme spelled as the longest-waiting member typed it, not lower-cased. */
function sharedFor(slot: Slot, people: readonly WaitingPerson[]): ProposalShared {
  const spelled =
    slot.theme === null
      ? null
      : (people.find((p) => normaliseTheme(p.theme) === slot.theme)?.theme?.trim() ?? slot.theme);
  return {
    weekday: slot.weekday,
    timeOfDay: slot.timeOfDay,
    format: slot.format,
    municipality: slot.area,
    composition: slot.composition,
    theme: spelled,
  };
}

function byWaitingThenId(a: WaitingPerson, b: WaitingPerson): number {
  return a.waitingSince.getTime() - b.waitingSince.getTime() || compareStrings(a.id, b.id);
}

/** A person listed twice must still end up in at most one proposal. */
function uniqueById(people: readonly WaitingPerson[]): WaitingPerson[] {
  const seen = new Set<string>();
  const unique: WaitingPerson[] = [];
  for (const person of people) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    unique.push(person);
  }
  return unique;
}
