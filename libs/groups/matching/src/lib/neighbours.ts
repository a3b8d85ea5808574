/**
 * Which municipalities border each other, for the areas the demo centres serve.
 *
 * A hand-made approximation, not an official register: it lists borders by land and the short
 * sea crossings people actually travel (the Askøy bridge, the Sotra bridge, the Nordhordland
 * bridge), because what matters for a self-help group is whether the trip is realistic, not the
 * line on the map. Only municipalities inside the served areas are listed; Trondheim and Oslo
 * are single municipalities and have no entries.
 *
 * Kept as an edge list so each border is written once and the map is symmetric by construction:
 * a one-sided entry would make "Askøy suits a Bergen person" true while the reverse is false.
 */
const BORDERS: readonly (readonly [string, string])[] = [
  // Bergen og omegn
  ['Bergen', 'Askøy'],
  ['Bergen', 'Øygarden'],
  ['Bergen', 'Alver'],
  ['Bergen', 'Osterøy'],
  ['Bergen', 'Samnanger'],
  ['Bergen', 'Bjørnafjorden'],
  ['Askøy', 'Øygarden'],
  ['Askøy', 'Alver'],
  ['Alver', 'Osterøy'],
  ['Alver', 'Øygarden'],
  ['Samnanger', 'Bjørnafjorden'],
  // Vestfold og Telemark
  ['Skien', 'Porsgrunn'],
  ['Skien', 'Bamble'],
  ['Skien', 'Midt-Telemark'],
  ['Skien', 'Notodden'],
  ['Porsgrunn', 'Bamble'],
  ['Porsgrunn', 'Larvik'],
  ['Bamble', 'Kragerø'],
  ['Midt-Telemark', 'Notodden'],
  ['Larvik', 'Sandefjord'],
  ['Larvik', 'Holmestrand'],
  ['Sandefjord', 'Tønsberg'],
  ['Sandefjord', 'Færder'],
  ['Tønsberg', 'Færder'],
  ['Tønsberg', 'Horten'],
  ['Tønsberg', 'Holmestrand'],
  ['Horten', 'Holmestrand'],
];

/** Builds a symmetric neighbour map from an edge list; exported so callers can supply their own. */
export function buildNeighbourMap(
  borders: readonly (readonly [string, string])[],
): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = map.get(from);
    if (!set) map.set(from, (set = new Set()));
    set.add(to);
  };
  for (const [a, b] of borders) {
    // A municipality is not its own neighbour: "same municipality" is scored separately.
    if (a === b) continue;
    add(a, b);
    add(b, a);
  }
  return map;
}

export const NEIGHBOURING_MUNICIPALITIES: ReadonlyMap<
  string,
  ReadonlySet<string>
> = buildNeighbourMap(BORDERS);

export function areNeighbours(
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  a: string,
  b: string,
): boolean {
  return neighbours.get(a)?.has(b) ?? false;
}
