import { graphql } from '../gql';

/** A centre's administration (staff, settings, partners, services, audit) and onboarding. */

export const StaffMemberFields = graphql(`
  fragment StaffMemberFields on StaffMember {
    id
    userId
    displayName
    email
    role
    active
    addedAt
    deactivatedAt
  }
`);

export const StaffDocument = graphql(`
  query Staff {
    staffMembers(includeDeactivated: true, limit: 200) {
      totalCount
      hasMore
      items {
        ...StaffMemberFields
      }
    }
    staffInvitations(openOnly: true, limit: 200) {
      totalCount
      hasMore
      items {
        id
        email
        role
        status
        createdAt
        expiresAt
      }
    }
  }
`);

export const InviteStaffMemberDocument = graphql(`
  mutation InviteStaffMember($input: InviteStaffMemberInput!) {
    inviteStaffMember(input: $input) {
      id
      email
      role
      status
      createdAt
      expiresAt
    }
  }
`);

export const CancelStaffInvitationDocument = graphql(`
  mutation CancelStaffInvitation($id: ID!) {
    cancelStaffInvitation(id: $id) {
      id
      status
    }
  }
`);

export const SetStaffRoleDocument = graphql(`
  mutation SetStaffRole($input: SetStaffRoleInput!) {
    setStaffRole(input: $input) {
      ...StaffMemberFields
    }
  }
`);

export const DeactivateStaffMemberDocument = graphql(`
  mutation DeactivateStaffMember($id: ID!) {
    deactivateStaffMember(id: $id) {
      ...StaffMemberFields
    }
  }
`);

export const ReactivateStaffMemberDocument = graphql(`
  mutation ReactivateStaffMember($id: ID!) {
    reactivateStaffMember(id: $id) {
      ...StaffMemberFields
    }
  }
`);

export const CentreSettingsDocument = graphql(`
  query CentreSettingsScreen {
    centreProfile {
      id
      slug
      name
      municipalities
      contactEmail
      contactPhone
      postalAddress
      website
    }
    groupSettings {
      groupMinSize
      groupMaxSize
      followUpWeeks
      requireVolunteerClearance
      matchingWeights
    }
    centreSettings {
      retentionMonths
    }
  }
`);

export const UpdateCentreProfileDocument = graphql(`
  mutation UpdateCentreProfile($input: UpdateCentreProfileInput!) {
    updateCentreProfile(input: $input) {
      id
      name
      municipalities
      contactEmail
      contactPhone
      postalAddress
      website
    }
  }
`);

export const UpdateGroupSettingsDocument = graphql(`
  mutation UpdateGroupSettings($input: GroupSettingsInput!) {
    updateGroupSettings(input: $input) {
      groupMinSize
      groupMaxSize
      followUpWeeks
      requireVolunteerClearance
      matchingWeights
    }
  }
`);

export const UpdateRetentionDocument = graphql(`
  mutation UpdateRetention($retentionMonths: Int!) {
    updateRetention(retentionMonths: $retentionMonths) {
      retentionMonths
    }
  }
`);

export const PartnersAndServicesDocument = graphql(`
  query PartnersAndServices {
    partners {
      id
      name
      kind
      contactPerson
      contactEmail
      contactPhone
      lendsRooms
    }
    services {
      id
      name
      kind
      contact
      description
    }
  }
`);

export const CreatePartnerDocument = graphql(`
  mutation CreatePartner($input: PartnerInput!) {
    createPartner(input: $input) {
      id
      name
      kind
      contactPerson
      contactEmail
      contactPhone
      lendsRooms
    }
  }
`);

export const CreateServiceDocument = graphql(`
  mutation CreateService($input: ServiceInput!) {
    createService(input: $input) {
      id
      name
      kind
      contact
      description
    }
  }
`);

export const AuditEntriesDocument = graphql(`
  query AuditEntries($offset: Int!) {
    auditEntries(limit: 50, offset: $offset) {
      totalCount
      hasMore
      items {
        id
        action
        actorUserId
        participantId
        occurredAt
        details
      }
    }
  }
`);

export const OnboardCentreDocument = graphql(`
  mutation OnboardCentre($input: OnboardCentreInput!) {
    onboardCentre(input: $input) {
      id
      slug
      name
      municipalities
    }
  }
`);
