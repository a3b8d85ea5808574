import { graphql } from '../gql';

/** What every list of groups shows of a group: the board, a person's suggestions, rooms. */
export const GroupSummaryFields = graphql(`
  fragment GroupSummaryFields on Group {
    id
    name
    status
    kind
    format
    weekday
    startTime
    capacity
    memberCount
    municipality
  }
`);
