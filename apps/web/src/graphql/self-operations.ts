import { graphql } from '../gql';

/** A starter's and a volunteer's own page: what is theirs in the active centre (web-self). */

export const MyGroupsDocument = graphql(`
  query MyGroups {
    myGroups {
      id
      name
      myPart
      invitedBackOn
      status
      kind
      format
      weekday
      startTime
      durationMinutes
      startDate
      meetingLink
      memberNames
      room {
        name
        address
        municipality
      }
    }
  }
`);

export const MyInvitationsDocument = graphql(`
  query MyInvitations {
    myCentreInvitations {
      id
      role
      expiresAt
      centre {
        id
        name
        slug
      }
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($id: ID!) {
    acceptCentreInvitation(id: $id) {
      ...AuthPayloadFields
    }
  }
`);

export const DeclineInvitationDocument = graphql(`
  mutation DeclineInvitation($id: ID!) {
    declineCentreInvitation(id: $id)
  }
`);

export const MyTrainingDocument = graphql(`
  query MyTraining {
    myQualifications {
      grantedOn
      expiresOn
      valid
      grantedByCentreName
    }
    myCourses {
      id
      courseTitle
      courseKind
      hostCentreName
      status
      completedAt
      sessions {
        id
        startsAt
        durationMinutes
        digital
        place
        mandatory
        attended
      }
    }
  }
`);

export const MyVolunteerWorkDocument = graphql(`
  query MyVolunteerWork {
    myVolunteerWork {
      status
      confidentialitySignedOn
      policeCertificateStatus
      policeCertificateValidUntil
      totalHours
      hours {
        workedOn
        hours
        activity
      }
    }
  }
`);

export const LogMyHoursDocument = graphql(`
  mutation LogMyHours($input: MyVolunteerHoursInput!) {
    logMyVolunteerHours(input: $input) {
      status
      confidentialitySignedOn
      policeCertificateStatus
      policeCertificateValidUntil
      totalHours
      hours {
        workedOn
        hours
        activity
      }
    }
  }
`);

export const MyReadingDocument = graphql(`
  query MyReading {
    myRequiredReading {
      material {
        id
        scope
        current {
          id
          title
          summary
          version
        }
      }
      readers {
        displayName
        readAt
        readCurrentVersion
      }
    }
  }
`);
