export * from './lib/types';
export {
  DEFAULT_MATCHING_WEIGHTS,
  MAX_GROUP_SIZE,
  MIN_GROUP_SIZE,
  RECOMMENDED_MAX_AGE_SPAN,
} from './lib/weights';
export { NEIGHBOURING_MUNICIPALITIES, areNeighbours, buildNeighbourMap } from './lib/neighbours';
export { ageOf } from './lib/age';
export { incompatibilities, isCompatible } from './lib/compatibility';
export type { Criterion } from './lib/scoring';
export { suggestGroupsForPerson, suggestPeopleForGroup } from './lib/suggestions';
export { proposeNewGroups } from './lib/proposals';
