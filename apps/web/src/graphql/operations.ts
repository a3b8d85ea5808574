import { graphql } from '../gql';

/** Every operation the web app sends. `npx nx codegen web` types them from the API schema. */

export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const RefreshDocument = graphql(`
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const SwitchCentreDocument = graphql(`
  mutation SwitchCentre($input: SwitchCentreInput!) {
    switchCentre(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      email
      platformRole
      activeRole
      platformRole
      activeCentre {
        id
        slug
        name
        municipalities
      }
      memberships {
        id
        role
        centre {
          id
          slug
          name
        }
      }
    }
  }
`);

export const TodayDocument = graphql(`
  query Today {
    inquiryDeadlines(withinHours: 24) {
      promise
      dueAt
      overdue
      displayName
      inquiry {
        id
      }
    }
    waitlistFigures {
      waiting
      longestDays
      medianDays
    }
    groupsNeedingFollowUp {
      weeksWithout
      lastFollowUpOn
      group {
        id
        name
        status
      }
    }
    groupProposals {
      weekday
      timeOfDay
      format
      municipality
      theme
      participants {
        id
        displayName
      }
    }
  }
`);

export const InquiryFields = graphql(`
  fragment InquiryFields on Inquiry {
    id
    channel
    source
    hasMessage
    preferredContactTimes
    receivedAt
    answerDueAt
    answerState
    conversationDueAt
    conversationState
    firstAnswerAt
    conversationBookedFor
    conversationHeldAt
    outcome
    participant {
      id
      displayName
      status
    }
  }
`);

export const OpenInquiriesDocument = graphql(`
  query OpenInquiries {
    inquiries(open: true, limit: 100) {
      totalCount
      items {
        ...InquiryFields
      }
    }
  }
`);

export const InquiryDocument = graphql(`
  query Inquiry($id: ID!) {
    inquiry(id: $id) {
      ...InquiryFields
    }
  }
`);

export const RegisterInquiryDocument = graphql(`
  mutation RegisterInquiry($input: RegisterInquiryInput!) {
    registerInquiry(input: $input) {
      ...InquiryFields
    }
  }
`);

export const UpdateInquiryDocument = graphql(`
  mutation UpdateInquiry($input: UpdateInquiryInput!) {
    updateInquiry(input: $input) {
      ...InquiryFields
    }
  }
`);

export const WaitlistDocument = graphql(`
  query Waitlist(
    $municipality: String
    $timeOfDay: TimeOfDay
    $weekday: Weekday
    $format: GroupFormatPreference
  ) {
    waitlist(
      municipality: $municipality
      timeOfDay: $timeOfDay
      weekday: $weekday
      format: $format
      limit: 200
    ) {
      totalCount
      items {
        id
        displayName
        municipality
        waitingSince
        preferences {
          timesOfDay
          weekdays
          format
          theme
        }
      }
    }
    waitlistFigures {
      waiting
      longestDays
      medianDays
    }
  }
`);
