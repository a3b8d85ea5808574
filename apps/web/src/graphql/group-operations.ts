import { graphql } from '../gql';

/** The operations of the groups board, a group's page and a new group (issue 14, part 1). */

export const GroupCardFields = graphql(`
  fragment GroupCardFields on Group {
    ...GroupSummaryFields
    theme
    starters {
      staffMemberId
      displayName
    }
    room {
      id
      name
    }
  }
`);

export const GroupsBoardDocument = graphql(`
  query GroupsBoard($statuses: [GroupStatus!], $limit: Int!, $offset: Int!) {
    groups(statuses: $statuses, limit: $limit, offset: $offset) {
      totalCount
      hasMore
      items {
        ...GroupCardFields
      }
    }
  }
`);

export const GroupProposalsDocument = graphql(`
  query GroupProposals {
    groupProposals {
      weekday
      timeOfDay
      format
      composition
      municipality
      theme
      score
      reasons {
        criterion
        explanation
      }
      participants {
        id
        displayName
      }
    }
    groupSettings {
      groupMinSize
      groupMaxSize
    }
  }
`);

export const GroupDetailsFields = graphql(`
  fragment GroupDetailsFields on Group {
    ...GroupCardFields
    allowedTransitions
    composition
    durationMinutes
    startDate
    selfRunSince
    endedOn
    ageRangeMin
    ageRangeMax
    meetingLink
    roomWarning
    room {
      id
      name
      address
      municipality
      capacity
    }
    members {
      id
      joinedOn
      participant {
        id
        displayName
      }
    }
    events {
      id
      kind
      occurredOn
      fromStatus
      toStatus
      reason
    }
    startupMeetings {
      id
      heldOn
      agreed
    }
    followUps {
      id
      kind
      occurredOn
      note
    }
    openMeetings {
      id
      heldOn
      headCount
    }
  }
`);

export const GroupDocument = graphql(`
  query Group($id: ID!) {
    group(id: $id) {
      ...GroupDetailsFields
    }
    groupSettings {
      groupMinSize
      groupMaxSize
      followUpWeeks
    }
  }
`);

export const ParticipantSuggestionsDocument = graphql(`
  query ParticipantSuggestions($groupId: ID!) {
    participantSuggestions(groupId: $groupId, limit: 10) {
      score
      reasons {
        criterion
        explanation
      }
      participant {
        id
        displayName
        municipality
        waitingSince
      }
    }
  }
`);

export const StarterDirectoryDocument = graphql(`
  query StarterDirectory($groupId: ID!) {
    starterDirectory(forGroupId: $groupId) {
      staffMemberId
      displayName
      role
      cleared
      warnings
    }
  }
`);

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupCardFields
    }
  }
`);

export const CreateGroupFromProposalDocument = graphql(`
  mutation CreateGroupFromProposal($input: CreateGroupFromProposalInput!) {
    createGroupFromProposal(input: $input) {
      group {
        ...GroupCardFields
      }
      warnings
    }
  }
`);

export const ChangeGroupStatusDocument = graphql(`
  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      ...GroupDetailsFields
    }
  }
`);

export const AddGroupMemberDocument = graphql(`
  mutation AddGroupMember($input: AddMemberInput!) {
    addGroupMember(input: $input) {
      warnings
      member {
        id
      }
    }
  }
`);

export const LeaveGroupDocument = graphql(`
  mutation LeaveGroup($input: LeaveGroupInput!) {
    leaveGroup(input: $input) {
      id
      leftOn
    }
  }
`);

export const AssignStarterDocument = graphql(`
  mutation AssignStarter($input: StarterAssignmentInput!) {
    assignStarter(input: $input) {
      staffMemberId
      displayName
    }
  }
`);

export const ReleaseStarterDocument = graphql(`
  mutation ReleaseStarter($input: StarterAssignmentInput!) {
    releaseStarter(input: $input) {
      staffMemberId
      displayName
    }
  }
`);

export const LogFollowUpDocument = graphql(`
  mutation LogFollowUp($input: FollowUpInput!) {
    logFollowUp(input: $input) {
      id
    }
  }
`);

export const RecordOpenGroupMeetingDocument = graphql(`
  mutation RecordOpenGroupMeeting($input: OpenMeetingInput!) {
    recordOpenGroupMeeting(input: $input) {
      id
    }
  }
`);

export const RecordStartupMeetingDocument = graphql(`
  mutation RecordStartupMeeting($input: StartupMeetingInput!) {
    recordStartupMeeting(input: $input) {
      id
    }
  }
`);
