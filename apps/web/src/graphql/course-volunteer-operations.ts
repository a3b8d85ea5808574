import { graphql } from '../gql';

/** The operations of the courses and volunteers screens (issue 15, screens 3 and 4). */

export const CourseFields = graphql(`
  fragment CourseFields on Course {
    id
    title
    description
    kind
    capacity
    enrolled
    waitlisted
    openToOtherCentres
    qualificationValidMonths
    sessions {
      id
      startsAt
      durationMinutes
      place
      digital
      mandatory
    }
  }
`);

export const CoursesDocument = graphql(`
  query Courses {
    courses {
      ...CourseFields
    }
  }
`);

export const CourseDocument = graphql(`
  query Course($id: ID!) {
    course(id: $id) {
      ...CourseFields
      enrolments {
        id
        name
        organisation
        centreName
        status
        enrolledAt
        attendedSessionIds
        userId
      }
    }
  }
`);

export const CreateCourseDocument = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      ...CourseFields
    }
  }
`);

export const EnrolInCourseDocument = graphql(`
  mutation EnrolInCourse($input: EnrolInput!) {
    enrolInCourse(input: $input) {
      id
      name
      status
    }
  }
`);

export const WithdrawFromCourseDocument = graphql(`
  mutation WithdrawFromCourse($id: ID!) {
    withdrawFromCourse(id: $id) {
      id
      status
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      id
      status
      attendedSessionIds
    }
  }
`);

export const PersonCourseFields = graphql(`
  fragment PersonCourseFields on PersonCourseEnrolment {
    id
    courseId
    courseTitle
    courseKind
    displayName
    hostCentreName
    status
    enrolledAt
    completedAt
    staffMemberId
    sessions {
      id
      startsAt
      mandatory
      attended
    }
  }
`);

export const SharedCoursesDocument = graphql(`
  query SharedCourses {
    sharedCourses {
      courseId
      hostCentreId
      hostCentreName
      title
      description
      kind
      capacity
      enrolled
      qualificationValidMonths
      sessions {
        id
        startsAt
        durationMinutes
        place
        digital
        mandatory
      }
    }
    sharedCourseEnrolments {
      ...PersonCourseFields
    }
  }
`);

export const EnrolInSharedCourseDocument = graphql(`
  mutation EnrolInSharedCourse($input: SharedEnrolInput!) {
    enrolInSharedCourse(input: $input) {
      ...PersonCourseFields
    }
  }
`);

export const WithdrawFromSharedCourseDocument = graphql(`
  mutation WithdrawFromSharedCourse($id: ID!) {
    withdrawFromSharedCourse(id: $id) {
      ...PersonCourseFields
    }
  }
`);

/** Whom the centre can enrol or make a volunteer: its starters and volunteers. */
export const PeopleDirectoryDocument = graphql(`
  query PeopleDirectory {
    starterDirectory {
      staffMemberId
      displayName
      role
      volunteer
      volunteerId
      volunteerStatus
      cleared
      warnings
      policeCertificateValidUntil
      confidentialitySignedOn
      availableWeekdays
      availableTimesOfDay
      busyElsewhere {
        weekday
        startTime
        durationMinutes
      }
      qualification {
        grantedOn
        expiresOn
        valid
      }
      currentGroups {
        id
        name
        status
      }
    }
  }
`);

export const PartnerNamesDocument = graphql(`
  query PartnerNames {
    partners {
      id
      name
    }
  }
`);

export const VolunteerFields = graphql(`
  fragment VolunteerFields on Volunteer {
    id
    userId
    displayName
    email
    status
    skills
    languages
    municipalities
    availableWeekdays
    availableTimesOfDay
    confidentialitySignedOn
    totalHours
    policeCertificates {
      id
      kind
      task
      shownOn
      validUntil
    }
    assignments {
      kind
      name
      since
      status
    }
  }
`);

export const VolunteersDocument = graphql(`
  query Volunteers($status: String) {
    volunteers(status: $status) {
      ...VolunteerFields
    }
    volunteerWarnings {
      volunteerId
      displayName
      kind
      dueOn
    }
  }
`);

export const VolunteerDocument = graphql(`
  query Volunteer($id: ID!) {
    volunteer(id: $id) {
      ...VolunteerFields
    }
  }
`);

export const RegisterVolunteerDocument = graphql(`
  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      ...VolunteerFields
    }
  }
`);

export const UpdateVolunteerDocument = graphql(`
  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {
    updateVolunteer(input: $input) {
      ...VolunteerFields
    }
  }
`);

export const RecordPoliceCertificateDocument = graphql(`
  mutation RecordPoliceCertificate($input: PoliceCertificateInput!) {
    recordPoliceCertificate(input: $input) {
      id
      validUntil
    }
  }
`);

export const LogVolunteerHoursDocument = graphql(`
  mutation LogVolunteerHours($input: VolunteerHoursInput!) {
    logVolunteerHours(input: $input) {
      ...VolunteerFields
    }
  }
`);

/** A self-run group invites its starter back, or the starter returns (on the group's page). */
export const InviteStarterBackDocument = graphql(`
  mutation InviteStarterBack($input: StarterVisitInput!) {
    inviteStarterBack(input: $input) {
      id
    }
  }
`);

export const RecordStarterReturnDocument = graphql(`
  mutation RecordStarterReturn($input: StarterVisitInput!) {
    recordStarterReturn(input: $input) {
      id
    }
  }
`);
