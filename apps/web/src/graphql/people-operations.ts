import { graphql } from '../gql';

/**
 * The participant page's and the room page's operations (kept apart from operations.ts so the
 * two can grow without touching each other).
 */

export const ParticipantFields = graphql(`
  fragment ParticipantFields on Participant {
    id
    displayName
    status
    birthYear
    ageBand
    municipality
    hasPhone
    hasEmail
    createdAt
    waitingSince
    preferences {
      timesOfDay
      weekdays
      format
      composition
      theme
      notes
    }
    consents {
      id
      kind
      active
      givenAt
      withdrawnAt
    }
  }
`);

export const ParticipantDocument = graphql(`
  query Participant($id: ID!) {
    participant(id: $id) {
      ...ParticipantFields
    }
  }
`);

/** Asked only when the coordinator asks to see them: every read is written to the audit trail. */
export const ParticipantContactDocument = graphql(`
  query ParticipantContact($id: ID!) {
    participant(id: $id) {
      id
      contact {
        phone
        email
      }
    }
  }
`);

export const UpdateParticipantDocument = graphql(`
  mutation UpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      ...ParticipantFields
    }
  }
`);

export const RecordConsentDocument = graphql(`
  mutation RecordConsent($participantId: ID!, $kind: ConsentKind!) {
    recordConsent(participantId: $participantId, kind: $kind) {
      id
    }
  }
`);

export const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($participantId: ID!, $kind: ConsentKind!) {
    withdrawConsent(participantId: $participantId, kind: $kind)
  }
`);

export const ParticipantExportDocument = graphql(`
  query ParticipantExport($id: ID!) {
    participantExport(id: $id)
  }
`);

export const EraseParticipantDocument = graphql(`
  mutation EraseParticipant($id: ID!) {
    eraseParticipant(id: $id)
  }
`);

export const GroupSuggestionsDocument = graphql(`
  query GroupSuggestions($participantId: ID!) {
    groupSuggestions(participantId: $participantId, limit: 10) {
      score
      reasons {
        criterion
        explanation
        points
      }
      group {
        ...GroupSummaryFields
      }
    }
  }
`);

/** The same mutation as a group's page uses. */
export { AddGroupMemberDocument } from './group-operations';

export const RoomFields = graphql(`
  fragment RoomFields on Room {
    id
    name
    address
    municipality
    capacity
    stepFree
    freeOfCharge
    availability {
      weekday
      startsAt
      endsAt
    }
  }
`);

export const RoomsDocument = graphql(`
  query Rooms {
    rooms {
      ...RoomFields
    }
  }
`);

export const CreateRoomDocument = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      ...RoomFields
    }
  }
`);

export const RoomBookingsDocument = graphql(`
  query RoomBookings($roomId: ID!, $offset: Int!) {
    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {
      totalCount
      hasMore
      items {
        id
        groupId
        groupName
        weekday
        startsAt
        endsAt
        validFrom
        validTo
      }
    }
  }
`);

/** Physical groups that may need a room: the choices for "find a free room". */
export const GroupsForRoomsDocument = graphql(`
  query GroupsForRooms {
    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {
      items {
        id
        name
        format
        weekday
        startTime
        durationMinutes
        municipality
        room {
          id
          name
        }
      }
    }
  }
`);

export const FreeRoomsDocument = graphql(`
  query FreeRooms($groupId: ID!, $from: String) {
    freeRooms(groupId: $groupId, from: $from) {
      sameMunicipality
      neighbouring
      warning
      room {
        ...RoomFields
      }
    }
  }
`);

export const BookRoomDocument = graphql(`
  mutation BookRoom($input: BookRoomInput!) {
    bookRoom(input: $input) {
      id
    }
  }
`);

export const InquiryMessageDocument = graphql(`
  query InquiryMessage($id: ID!) {
    inquiryMessage(id: $id)
  }
`);
