/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StaffMemberFields on StaffMember {\n    id\n    userId\n    displayName\n    email\n    role\n    active\n    addedAt\n    deactivatedAt\n  }\n": typeof types.StaffMemberFieldsFragmentDoc,
    "\n  query Staff {\n    staffMembers(includeDeactivated: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        ...StaffMemberFields\n      }\n    }\n    staffInvitations(openOnly: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.StaffDocument,
    "\n  mutation InviteStaffMember($input: InviteStaffMemberInput!) {\n    inviteStaffMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.InviteStaffMemberDocument,
    "\n  mutation CancelStaffInvitation($id: ID!) {\n    cancelStaffInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelStaffInvitationDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n": typeof types.SetStaffRoleDocument,
    "\n  mutation DeactivateStaffMember($id: ID!) {\n    deactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n": typeof types.DeactivateStaffMemberDocument,
    "\n  mutation ReactivateStaffMember($id: ID!) {\n    reactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n": typeof types.ReactivateStaffMemberDocument,
    "\n  query CentreSettingsScreen {\n    centreProfile {\n      id\n      slug\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n    centreSettings {\n      retentionMonths\n    }\n  }\n": typeof types.CentreSettingsScreenDocument,
    "\n  mutation UpdateCentreProfile($input: UpdateCentreProfileInput!) {\n    updateCentreProfile(input: $input) {\n      id\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n  }\n": typeof types.UpdateCentreProfileDocument,
    "\n  mutation UpdateGroupSettings($input: GroupSettingsInput!) {\n    updateGroupSettings(input: $input) {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n  }\n": typeof types.UpdateGroupSettingsDocument,
    "\n  mutation UpdateRetention($retentionMonths: Int!) {\n    updateRetention(retentionMonths: $retentionMonths) {\n      retentionMonths\n    }\n  }\n": typeof types.UpdateRetentionDocument,
    "\n  query PartnersAndServices {\n    partners {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n    services {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n": typeof types.PartnersAndServicesDocument,
    "\n  mutation CreatePartner($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n": typeof types.CreateServiceDocument,
    "\n  query AuditEntries($offset: Int!) {\n    auditEntries(limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        action\n        actorUserId\n        participantId\n        occurredAt\n        details\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation OnboardCentre($input: OnboardCentreInput!) {\n    onboardCentre(input: $input) {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n": typeof types.OnboardCentreDocument,
    "\n  fragment CourseFields on Course {\n    id\n    title\n    description\n    kind\n    capacity\n    enrolled\n    waitlisted\n    openToOtherCentres\n    qualificationValidMonths\n    sessions {\n      id\n      startsAt\n      durationMinutes\n      place\n      digital\n      mandatory\n    }\n  }\n": typeof types.CourseFieldsFragmentDoc,
    "\n  query Courses {\n    courses {\n      ...CourseFields\n    }\n  }\n": typeof types.CoursesDocument,
    "\n  query Course($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n      enrolments {\n        id\n        name\n        organisation\n        centreName\n        status\n        enrolledAt\n        attendedSessionIds\n        userId\n      }\n    }\n  }\n": typeof types.CourseDocument,
    "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation EnrolInCourse($input: EnrolInput!) {\n    enrolInCourse(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.EnrolInCourseDocument,
    "\n  mutation WithdrawFromCourse($id: ID!) {\n    withdrawFromCourse(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawFromCourseDocument,
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n      attendedSessionIds\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  fragment PersonCourseFields on PersonCourseEnrolment {\n    id\n    courseId\n    courseTitle\n    courseKind\n    displayName\n    hostCentreName\n    status\n    enrolledAt\n    completedAt\n    staffMemberId\n    sessions {\n      id\n      startsAt\n      mandatory\n      attended\n    }\n  }\n": typeof types.PersonCourseFieldsFragmentDoc,
    "\n  query SharedCourses {\n    sharedCourses {\n      courseId\n      hostCentreId\n      hostCentreName\n      title\n      description\n      kind\n      capacity\n      enrolled\n      qualificationValidMonths\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        place\n        digital\n        mandatory\n      }\n    }\n    sharedCourseEnrolments {\n      ...PersonCourseFields\n    }\n  }\n": typeof types.SharedCoursesDocument,
    "\n  mutation EnrolInSharedCourse($input: SharedEnrolInput!) {\n    enrolInSharedCourse(input: $input) {\n      ...PersonCourseFields\n    }\n  }\n": typeof types.EnrolInSharedCourseDocument,
    "\n  mutation WithdrawFromSharedCourse($id: ID!) {\n    withdrawFromSharedCourse(id: $id) {\n      ...PersonCourseFields\n    }\n  }\n": typeof types.WithdrawFromSharedCourseDocument,
    "\n  query PeopleDirectory {\n    starterDirectory {\n      staffMemberId\n      displayName\n      role\n      volunteer\n      volunteerId\n      volunteerStatus\n      cleared\n      warnings\n      policeCertificateValidUntil\n      confidentialitySignedOn\n      availableWeekdays\n      availableTimesOfDay\n      busyElsewhere {\n        weekday\n        startTime\n        durationMinutes\n      }\n      qualification {\n        grantedOn\n        expiresOn\n        valid\n      }\n      currentGroups {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query PartnerNames {\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.PartnerNamesDocument,
    "\n  fragment VolunteerFields on Volunteer {\n    id\n    userId\n    displayName\n    email\n    status\n    skills\n    languages\n    municipalities\n    availableWeekdays\n    availableTimesOfDay\n    confidentialitySignedOn\n    totalHours\n    policeCertificates {\n      id\n      kind\n      task\n      shownOn\n      validUntil\n    }\n    assignments {\n      kind\n      name\n      since\n      status\n    }\n  }\n": typeof types.VolunteerFieldsFragmentDoc,
    "\n  query Volunteers($status: String) {\n    volunteers(status: $status) {\n      ...VolunteerFields\n    }\n    volunteerWarnings {\n      volunteerId\n      displayName\n      kind\n      dueOn\n    }\n  }\n": typeof types.VolunteersDocument,
    "\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.VolunteerDocument,
    "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.RegisterVolunteerDocument,
    "\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.UpdateVolunteerDocument,
    "\n  mutation RecordPoliceCertificate($input: PoliceCertificateInput!) {\n    recordPoliceCertificate(input: $input) {\n      id\n      validUntil\n    }\n  }\n": typeof types.RecordPoliceCertificateDocument,
    "\n  mutation LogVolunteerHours($input: VolunteerHoursInput!) {\n    logVolunteerHours(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.LogVolunteerHoursDocument,
    "\n  mutation InviteStarterBack($input: StarterVisitInput!) {\n    inviteStarterBack(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteStarterBackDocument,
    "\n  mutation RecordStarterReturn($input: StarterVisitInput!) {\n    recordStarterReturn(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordStarterReturnDocument,
    "\n  fragment GroupSummaryFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n  }\n": typeof types.GroupSummaryFieldsFragmentDoc,
    "\n  fragment GroupCardFields on Group {\n    ...GroupSummaryFields\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.GroupCardFieldsFragmentDoc,
    "\n  query GroupsBoard($statuses: [GroupStatus!], $limit: Int!, $offset: Int!) {\n    groups(statuses: $statuses, limit: $limit, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...GroupCardFields\n      }\n    }\n  }\n": typeof types.GroupsBoardDocument,
    "\n  query GroupProposals {\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      composition\n      municipality\n      theme\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participants {\n        id\n        displayName\n      }\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n    }\n  }\n": typeof types.GroupProposalsDocument,
    "\n  fragment GroupDetailsFields on Group {\n    ...GroupCardFields\n    allowedTransitions\n    composition\n    durationMinutes\n    startDate\n    selfRunSince\n    endedOn\n    ageRangeMin\n    ageRangeMax\n    meetingLink\n    roomWarning\n    room {\n      id\n      name\n      address\n      municipality\n      capacity\n    }\n    members {\n      id\n      joinedOn\n      participant {\n        id\n        displayName\n      }\n    }\n    events {\n      id\n      kind\n      occurredOn\n      fromStatus\n      toStatus\n      reason\n    }\n    startupMeetings {\n      id\n      heldOn\n      agreed\n    }\n    followUps {\n      id\n      kind\n      occurredOn\n      note\n    }\n    openMeetings {\n      id\n      heldOn\n      headCount\n    }\n  }\n": typeof types.GroupDetailsFieldsFragmentDoc,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupDetailsFields\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n    }\n  }\n": typeof types.GroupDocument,
    "\n  query ParticipantSuggestions($groupId: ID!) {\n    participantSuggestions(groupId: $groupId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participant {\n        id\n        displayName\n        municipality\n        waitingSince\n      }\n    }\n  }\n": typeof types.ParticipantSuggestionsDocument,
    "\n  query StarterDirectory($groupId: ID!) {\n    starterDirectory(forGroupId: $groupId) {\n      staffMemberId\n      displayName\n      role\n      cleared\n      warnings\n    }\n  }\n": typeof types.StarterDirectoryDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation CreateGroupFromProposal($input: CreateGroupFromProposalInput!) {\n    createGroupFromProposal(input: $input) {\n      group {\n        ...GroupCardFields\n      }\n      warnings\n    }\n  }\n": typeof types.CreateGroupFromProposalDocument,
    "\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupDetailsFields\n    }\n  }\n": typeof types.ChangeGroupStatusDocument,
    "\n  mutation AddGroupMember($input: AddMemberInput!) {\n    addGroupMember(input: $input) {\n      warnings\n      member {\n        id\n      }\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation LeaveGroup($input: LeaveGroupInput!) {\n    leaveGroup(input: $input) {\n      id\n      leftOn\n    }\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation AssignStarter($input: StarterAssignmentInput!) {\n    assignStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n": typeof types.AssignStarterDocument,
    "\n  mutation ReleaseStarter($input: StarterAssignmentInput!) {\n    releaseStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n": typeof types.ReleaseStarterDocument,
    "\n  mutation LogFollowUp($input: FollowUpInput!) {\n    logFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.LogFollowUpDocument,
    "\n  mutation RecordOpenGroupMeeting($input: OpenMeetingInput!) {\n    recordOpenGroupMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordOpenGroupMeetingDocument,
    "\n  mutation RecordStartupMeeting($input: StartupMeetingInput!) {\n    recordStartupMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordStartupMeetingDocument,
    "\n  fragment MaterialCardFields on Material {\n    id\n    scope\n    published\n    editable\n    tags\n    latestVersion\n    latestPublished\n    current {\n      id\n      title\n      summary\n      version\n    }\n  }\n": typeof types.MaterialCardFieldsFragmentDoc,
    "\n  query Materials($scope: String, $offset: Int!) {\n    materials(scope: $scope, limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...MaterialCardFields\n      }\n    }\n  }\n": typeof types.MaterialsDocument,
    "\n  query SearchMaterials($query: String!) {\n    searchMaterials(query: $query, limit: 30) {\n      totalCount\n      hasMore\n      items {\n        excerpt\n        rank\n        material {\n          ...MaterialCardFields\n        }\n      }\n    }\n  }\n": typeof types.SearchMaterialsDocument,
    "\n  query Material($id: ID!) {\n    material(id: $id) {\n      ...MaterialCardFields\n      language\n      current {\n        id\n        title\n        summary\n        version\n        bodyMarkdown\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    myRequiredReading {\n      material {\n        id\n      }\n      readers {\n        displayName\n        readCurrentVersion\n        readAt\n      }\n    }\n  }\n": typeof types.MaterialDocument,
    "\n  query MaterialHistory($id: ID!) {\n    materialHistory(id: $id) {\n      id\n      version\n      title\n      summary\n      bodyMarkdown\n      createdAt\n    }\n  }\n": typeof types.MaterialHistoryDocument,
    "\n  query MaterialAttachment($id: ID!) {\n    materialAttachment(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.MaterialAttachmentDocument,
    "\n  mutation CreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n": typeof types.CreateMaterialDocument,
    "\n  mutation EditMaterial($input: EditMaterialInput!) {\n    editMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n": typeof types.EditMaterialDocument,
    "\n  mutation PublishMaterial($id: ID!) {\n    publishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n": typeof types.PublishMaterialDocument,
    "\n  mutation UnpublishMaterial($id: ID!) {\n    unpublishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n": typeof types.UnpublishMaterialDocument,
    "\n  mutation RollbackMaterial($input: RollbackMaterialInput!) {\n    rollbackMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n": typeof types.RollbackMaterialDocument,
    "\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addMaterialAttachment(input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n": typeof types.AddAttachmentDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markMaterialRead(id: $id)\n  }\n": typeof types.MarkReadDocument,
    "\n  query RequiredReading {\n    requiredReading {\n      material {\n        ...MaterialCardFields\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n": typeof types.RequiredReadingDocument,
    "\n  mutation RequireMaterial($id: ID!) {\n    requireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n": typeof types.RequireMaterialDocument,
    "\n  mutation UnrequireMaterial($id: ID!) {\n    unrequireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n": typeof types.UnrequireMaterialDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchCentreDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      activeRole\n      platformRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Today {\n    inquiryDeadlines(withinHours: 24) {\n      promise\n      dueAt\n      overdue\n      displayName\n      inquiry {\n        id\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n    groupsNeedingFollowUp {\n      weeksWithout\n      lastFollowUpOn\n      group {\n        id\n        name\n        status\n      }\n    }\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      municipality\n      theme\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TodayDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    source\n    hasMessage\n    preferredContactTimes\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n": typeof types.InquiryFieldsFragmentDoc,
    "\n  query OpenInquiries {\n    inquiries(open: true, limit: 100) {\n      totalCount\n      items {\n        ...InquiryFields\n      }\n    }\n  }\n": typeof types.OpenInquiriesDocument,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n": typeof types.InquiryDocument,
    "\n  mutation RegisterInquiry($input: RegisterInquiryInput!) {\n    registerInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": typeof types.RegisterInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": typeof types.UpdateInquiryDocument,
    "\n  query Waitlist(\n    $municipality: String\n    $timeOfDay: TimeOfDay\n    $weekday: Weekday\n    $format: GroupFormatPreference\n  ) {\n    waitlist(\n      municipality: $municipality\n      timeOfDay: $timeOfDay\n      weekday: $weekday\n      format: $format\n      limit: 200\n    ) {\n      totalCount\n      items {\n        id\n        displayName\n        municipality\n        waitingSince\n        preferences {\n          timesOfDay\n          weekdays\n          format\n          theme\n        }\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n  }\n": typeof types.WaitlistDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    status\n    birthYear\n    ageBand\n    municipality\n    hasPhone\n    hasEmail\n    createdAt\n    waitingSince\n    preferences {\n      timesOfDay\n      weekdays\n      format\n      composition\n      theme\n      notes\n    }\n    consents {\n      id\n      kind\n      active\n      givenAt\n      withdrawnAt\n    }\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n    }\n  }\n": typeof types.ParticipantDocument,
    "\n  query ParticipantContact($id: ID!) {\n    participant(id: $id) {\n      id\n      contact {\n        phone\n        email\n      }\n    }\n  }\n": typeof types.ParticipantContactDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  mutation RecordConsent($participantId: ID!, $kind: ConsentKind!) {\n    recordConsent(participantId: $participantId, kind: $kind) {\n      id\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($participantId: ID!, $kind: ConsentKind!) {\n    withdrawConsent(participantId: $participantId, kind: $kind)\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  query ParticipantExport($id: ID!) {\n    participantExport(id: $id)\n  }\n": typeof types.ParticipantExportDocument,
    "\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n": typeof types.EraseParticipantDocument,
    "\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n": typeof types.GroupSuggestionsDocument,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    address\n    municipality\n    capacity\n    stepFree\n    freeOfCharge\n    availability {\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query Rooms {\n    rooms {\n      ...RoomFields\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query RoomBookings($roomId: ID!, $offset: Int!) {\n    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        groupId\n        groupName\n        weekday\n        startsAt\n        endsAt\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.RoomBookingsDocument,
    "\n  query GroupsForRooms {\n    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {\n      items {\n        id\n        name\n        format\n        weekday\n        startTime\n        durationMinutes\n        municipality\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GroupsForRoomsDocument,
    "\n  query FreeRooms($groupId: ID!, $from: String) {\n    freeRooms(groupId: $groupId, from: $from) {\n      sameMunicipality\n      neighbouring\n      warning\n      room {\n        ...RoomFields\n      }\n    }\n  }\n": typeof types.FreeRoomsDocument,
    "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n": typeof types.BookRoomDocument,
    "\n  query InquiryMessage($id: ID!) {\n    inquiryMessage(id: $id)\n  }\n": typeof types.InquiryMessageDocument,
    "\n  query PublicCentrePage($slug: String!) {\n    publicCentre(slug: $slug) {\n      slug\n      name\n      municipalities\n      contactPhone\n      contactEmail\n      website\n    }\n    publicGroups(centre: $slug) {\n      kind\n      format\n      composition\n      theme\n      weekday\n      timeOfDay\n      startTime\n      municipality\n      address\n      recruiting\n    }\n  }\n": typeof types.PublicCentrePageDocument,
    "\n  mutation SubmitInterestForm($input: InterestFormInput!) {\n    submitInterestForm(input: $input)\n  }\n": typeof types.SubmitInterestFormDocument,
    "\n  fragment ReportFields on Report {\n    scope\n    period {\n      from\n      to\n      label\n      months\n      note\n    }\n    suppression {\n      threshold\n      maxNoise\n      hiddenNumbers\n      rule\n    }\n    figures {\n      key\n      label\n      description\n      unit\n      countsPeople\n      published\n      rows {\n        centreId\n        centreName\n        value\n        suppressed\n      }\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query CentreReport($period: ReportPeriodInput!) {\n    centreReport(period: $period) {\n      ...ReportFields\n    }\n  }\n": typeof types.CentreReportDocument,
    "\n  query NationalReport($period: ReportPeriodInput!) {\n    nationalReport(period: $period) {\n      ...ReportFields\n    }\n  }\n": typeof types.NationalReportDocument,
    "\n  fragment TimeSeriesFields on ReportTimeSeries {\n    figure\n    label\n    unit\n    months\n    rows {\n      centreId\n      centreName\n      points {\n        value\n        suppressed\n      }\n    }\n    suppression {\n      threshold\n      rule\n    }\n  }\n": typeof types.TimeSeriesFieldsFragmentDoc,
    "\n  query CentreTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    centreTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n": typeof types.CentreTimeSeriesDocument,
    "\n  query NationalTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    nationalTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n": typeof types.NationalTimeSeriesDocument,
    "\n  query SinceTheStart {\n    sinceTheStart {\n      scope\n      until\n      suppression {\n        threshold\n        rule\n      }\n      rows {\n        centreId\n        centreName\n        since\n        groupsStarted {\n          value\n          suppressed\n        }\n        peopleInGroups {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.SinceTheStartDocument,
    "\n  query FunderReport($programme: FunderProgramme!, $period: ReportPeriodInput!, $centreId: ID) {\n    funderReport(programme: $programme, period: $period, centreId: $centreId) {\n      programme\n      title\n      about\n      columns\n      period {\n        from\n        to\n        label\n        months\n        note\n      }\n      suppression {\n        threshold\n        maxNoise\n        hiddenNumbers\n        rule\n      }\n      lines {\n        figure\n        label\n        values {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.FunderReportDocument,
    "\n  query FunderReportFile(\n    $programme: FunderProgramme!\n    $period: ReportPeriodInput!\n    $format: ReportFileFormat!\n    $centreId: ID\n  ) {\n    funderReportFile(programme: $programme, period: $period, format: $format, centreId: $centreId) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.FunderReportFileDocument,
    "\n  query Centres {\n    centres {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n": typeof types.CentresDocument,
    "\n  query MyGroups {\n    myGroups {\n      id\n      name\n      myPart\n      invitedBackOn\n      status\n      kind\n      format\n      weekday\n      startTime\n      durationMinutes\n      startDate\n      meetingLink\n      memberNames\n      room {\n        name\n        address\n        municipality\n      }\n    }\n  }\n": typeof types.MyGroupsDocument,
    "\n  query MyInvitations {\n    myCentreInvitations {\n      id\n      role\n      expiresAt\n      centre {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptCentreInvitation(id: $id) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineCentreInvitation(id: $id)\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query MyTraining {\n    myQualifications {\n      grantedOn\n      expiresOn\n      valid\n      grantedByCentreName\n    }\n    myCourses {\n      id\n      courseTitle\n      courseKind\n      hostCentreName\n      status\n      completedAt\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        digital\n        place\n        mandatory\n        attended\n      }\n    }\n  }\n": typeof types.MyTrainingDocument,
    "\n  query MyVolunteerWork {\n    myVolunteerWork {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n": typeof types.MyVolunteerWorkDocument,
    "\n  mutation LogMyHours($input: MyVolunteerHoursInput!) {\n    logMyVolunteerHours(input: $input) {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n": typeof types.LogMyHoursDocument,
    "\n  query MyReading {\n    myRequiredReading {\n      material {\n        id\n        scope\n        current {\n          id\n          title\n          summary\n          version\n        }\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n": typeof types.MyReadingDocument,
    "\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    kind\n    text\n    options\n    required\n  }\n": typeof types.SurveyQuestionFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    opensOn\n    closesOn\n    status\n    minAnswers\n    national\n    ownedHere\n    ownerName\n    participatingCentres {\n      id\n      name\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n    batches {\n      id\n      size\n      issuedWeek\n      label\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  query Surveys {\n    surveys {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  query SurveyCentres {\n    surveyCentres {\n      id\n      name\n    }\n  }\n": typeof types.SurveyCentresDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  mutation IssueSurveyCodes($input: IssueSurveyCodesInput!) {\n    issueSurveyCodes(input: $input) {\n      codes\n      batch {\n        id\n        size\n        issuedWeek\n        label\n      }\n    }\n  }\n": typeof types.IssueSurveyCodesDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      minAnswers\n      threshold\n      scopes {\n        centreId\n        centreName\n        answers\n        hiddenReason\n        questions {\n          questionId\n          kind\n          text\n          mean\n          answered\n          options {\n            option\n            count\n            hiddenReason\n          }\n          textAnswers\n        }\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyResultsFile($id: ID!, $format: SurveyFileFormat!) {\n    surveyResultsFile(id: $id, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.SurveyResultsFileDocument,
    "\n  query SurveyByCode($code: String!) {\n    surveyByCode(code: $code) {\n      state\n      message\n      title\n      intro\n      closesOn\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n": typeof types.SurveyByCodeDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      outcome\n      message\n    }\n  }\n": typeof types.AnswerSurveyDocument,
};
const documents: Documents = {
    "\n  fragment StaffMemberFields on StaffMember {\n    id\n    userId\n    displayName\n    email\n    role\n    active\n    addedAt\n    deactivatedAt\n  }\n": types.StaffMemberFieldsFragmentDoc,
    "\n  query Staff {\n    staffMembers(includeDeactivated: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        ...StaffMemberFields\n      }\n    }\n    staffInvitations(openOnly: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.StaffDocument,
    "\n  mutation InviteStaffMember($input: InviteStaffMemberInput!) {\n    inviteStaffMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n  }\n": types.InviteStaffMemberDocument,
    "\n  mutation CancelStaffInvitation($id: ID!) {\n    cancelStaffInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelStaffInvitationDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n": types.SetStaffRoleDocument,
    "\n  mutation DeactivateStaffMember($id: ID!) {\n    deactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n": types.DeactivateStaffMemberDocument,
    "\n  mutation ReactivateStaffMember($id: ID!) {\n    reactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n": types.ReactivateStaffMemberDocument,
    "\n  query CentreSettingsScreen {\n    centreProfile {\n      id\n      slug\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n    centreSettings {\n      retentionMonths\n    }\n  }\n": types.CentreSettingsScreenDocument,
    "\n  mutation UpdateCentreProfile($input: UpdateCentreProfileInput!) {\n    updateCentreProfile(input: $input) {\n      id\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n  }\n": types.UpdateCentreProfileDocument,
    "\n  mutation UpdateGroupSettings($input: GroupSettingsInput!) {\n    updateGroupSettings(input: $input) {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n  }\n": types.UpdateGroupSettingsDocument,
    "\n  mutation UpdateRetention($retentionMonths: Int!) {\n    updateRetention(retentionMonths: $retentionMonths) {\n      retentionMonths\n    }\n  }\n": types.UpdateRetentionDocument,
    "\n  query PartnersAndServices {\n    partners {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n    services {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n": types.PartnersAndServicesDocument,
    "\n  mutation CreatePartner($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n": types.CreateServiceDocument,
    "\n  query AuditEntries($offset: Int!) {\n    auditEntries(limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        action\n        actorUserId\n        participantId\n        occurredAt\n        details\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation OnboardCentre($input: OnboardCentreInput!) {\n    onboardCentre(input: $input) {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n": types.OnboardCentreDocument,
    "\n  fragment CourseFields on Course {\n    id\n    title\n    description\n    kind\n    capacity\n    enrolled\n    waitlisted\n    openToOtherCentres\n    qualificationValidMonths\n    sessions {\n      id\n      startsAt\n      durationMinutes\n      place\n      digital\n      mandatory\n    }\n  }\n": types.CourseFieldsFragmentDoc,
    "\n  query Courses {\n    courses {\n      ...CourseFields\n    }\n  }\n": types.CoursesDocument,
    "\n  query Course($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n      enrolments {\n        id\n        name\n        organisation\n        centreName\n        status\n        enrolledAt\n        attendedSessionIds\n        userId\n      }\n    }\n  }\n": types.CourseDocument,
    "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation EnrolInCourse($input: EnrolInput!) {\n    enrolInCourse(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.EnrolInCourseDocument,
    "\n  mutation WithdrawFromCourse($id: ID!) {\n    withdrawFromCourse(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawFromCourseDocument,
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n      attendedSessionIds\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  fragment PersonCourseFields on PersonCourseEnrolment {\n    id\n    courseId\n    courseTitle\n    courseKind\n    displayName\n    hostCentreName\n    status\n    enrolledAt\n    completedAt\n    staffMemberId\n    sessions {\n      id\n      startsAt\n      mandatory\n      attended\n    }\n  }\n": types.PersonCourseFieldsFragmentDoc,
    "\n  query SharedCourses {\n    sharedCourses {\n      courseId\n      hostCentreId\n      hostCentreName\n      title\n      description\n      kind\n      capacity\n      enrolled\n      qualificationValidMonths\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        place\n        digital\n        mandatory\n      }\n    }\n    sharedCourseEnrolments {\n      ...PersonCourseFields\n    }\n  }\n": types.SharedCoursesDocument,
    "\n  mutation EnrolInSharedCourse($input: SharedEnrolInput!) {\n    enrolInSharedCourse(input: $input) {\n      ...PersonCourseFields\n    }\n  }\n": types.EnrolInSharedCourseDocument,
    "\n  mutation WithdrawFromSharedCourse($id: ID!) {\n    withdrawFromSharedCourse(id: $id) {\n      ...PersonCourseFields\n    }\n  }\n": types.WithdrawFromSharedCourseDocument,
    "\n  query PeopleDirectory {\n    starterDirectory {\n      staffMemberId\n      displayName\n      role\n      volunteer\n      volunteerId\n      volunteerStatus\n      cleared\n      warnings\n      policeCertificateValidUntil\n      confidentialitySignedOn\n      availableWeekdays\n      availableTimesOfDay\n      busyElsewhere {\n        weekday\n        startTime\n        durationMinutes\n      }\n      qualification {\n        grantedOn\n        expiresOn\n        valid\n      }\n      currentGroups {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query PartnerNames {\n    partners {\n      id\n      name\n    }\n  }\n": types.PartnerNamesDocument,
    "\n  fragment VolunteerFields on Volunteer {\n    id\n    userId\n    displayName\n    email\n    status\n    skills\n    languages\n    municipalities\n    availableWeekdays\n    availableTimesOfDay\n    confidentialitySignedOn\n    totalHours\n    policeCertificates {\n      id\n      kind\n      task\n      shownOn\n      validUntil\n    }\n    assignments {\n      kind\n      name\n      since\n      status\n    }\n  }\n": types.VolunteerFieldsFragmentDoc,
    "\n  query Volunteers($status: String) {\n    volunteers(status: $status) {\n      ...VolunteerFields\n    }\n    volunteerWarnings {\n      volunteerId\n      displayName\n      kind\n      dueOn\n    }\n  }\n": types.VolunteersDocument,
    "\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n": types.VolunteerDocument,
    "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.RegisterVolunteerDocument,
    "\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.UpdateVolunteerDocument,
    "\n  mutation RecordPoliceCertificate($input: PoliceCertificateInput!) {\n    recordPoliceCertificate(input: $input) {\n      id\n      validUntil\n    }\n  }\n": types.RecordPoliceCertificateDocument,
    "\n  mutation LogVolunteerHours($input: VolunteerHoursInput!) {\n    logVolunteerHours(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.LogVolunteerHoursDocument,
    "\n  mutation InviteStarterBack($input: StarterVisitInput!) {\n    inviteStarterBack(input: $input) {\n      id\n    }\n  }\n": types.InviteStarterBackDocument,
    "\n  mutation RecordStarterReturn($input: StarterVisitInput!) {\n    recordStarterReturn(input: $input) {\n      id\n    }\n  }\n": types.RecordStarterReturnDocument,
    "\n  fragment GroupSummaryFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n  }\n": types.GroupSummaryFieldsFragmentDoc,
    "\n  fragment GroupCardFields on Group {\n    ...GroupSummaryFields\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.GroupCardFieldsFragmentDoc,
    "\n  query GroupsBoard($statuses: [GroupStatus!], $limit: Int!, $offset: Int!) {\n    groups(statuses: $statuses, limit: $limit, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...GroupCardFields\n      }\n    }\n  }\n": types.GroupsBoardDocument,
    "\n  query GroupProposals {\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      composition\n      municipality\n      theme\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participants {\n        id\n        displayName\n      }\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n    }\n  }\n": types.GroupProposalsDocument,
    "\n  fragment GroupDetailsFields on Group {\n    ...GroupCardFields\n    allowedTransitions\n    composition\n    durationMinutes\n    startDate\n    selfRunSince\n    endedOn\n    ageRangeMin\n    ageRangeMax\n    meetingLink\n    roomWarning\n    room {\n      id\n      name\n      address\n      municipality\n      capacity\n    }\n    members {\n      id\n      joinedOn\n      participant {\n        id\n        displayName\n      }\n    }\n    events {\n      id\n      kind\n      occurredOn\n      fromStatus\n      toStatus\n      reason\n    }\n    startupMeetings {\n      id\n      heldOn\n      agreed\n    }\n    followUps {\n      id\n      kind\n      occurredOn\n      note\n    }\n    openMeetings {\n      id\n      heldOn\n      headCount\n    }\n  }\n": types.GroupDetailsFieldsFragmentDoc,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupDetailsFields\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n    }\n  }\n": types.GroupDocument,
    "\n  query ParticipantSuggestions($groupId: ID!) {\n    participantSuggestions(groupId: $groupId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participant {\n        id\n        displayName\n        municipality\n        waitingSince\n      }\n    }\n  }\n": types.ParticipantSuggestionsDocument,
    "\n  query StarterDirectory($groupId: ID!) {\n    starterDirectory(forGroupId: $groupId) {\n      staffMemberId\n      displayName\n      role\n      cleared\n      warnings\n    }\n  }\n": types.StarterDirectoryDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation CreateGroupFromProposal($input: CreateGroupFromProposalInput!) {\n    createGroupFromProposal(input: $input) {\n      group {\n        ...GroupCardFields\n      }\n      warnings\n    }\n  }\n": types.CreateGroupFromProposalDocument,
    "\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupDetailsFields\n    }\n  }\n": types.ChangeGroupStatusDocument,
    "\n  mutation AddGroupMember($input: AddMemberInput!) {\n    addGroupMember(input: $input) {\n      warnings\n      member {\n        id\n      }\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation LeaveGroup($input: LeaveGroupInput!) {\n    leaveGroup(input: $input) {\n      id\n      leftOn\n    }\n  }\n": types.LeaveGroupDocument,
    "\n  mutation AssignStarter($input: StarterAssignmentInput!) {\n    assignStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n": types.AssignStarterDocument,
    "\n  mutation ReleaseStarter($input: StarterAssignmentInput!) {\n    releaseStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n": types.ReleaseStarterDocument,
    "\n  mutation LogFollowUp($input: FollowUpInput!) {\n    logFollowUp(input: $input) {\n      id\n    }\n  }\n": types.LogFollowUpDocument,
    "\n  mutation RecordOpenGroupMeeting($input: OpenMeetingInput!) {\n    recordOpenGroupMeeting(input: $input) {\n      id\n    }\n  }\n": types.RecordOpenGroupMeetingDocument,
    "\n  mutation RecordStartupMeeting($input: StartupMeetingInput!) {\n    recordStartupMeeting(input: $input) {\n      id\n    }\n  }\n": types.RecordStartupMeetingDocument,
    "\n  fragment MaterialCardFields on Material {\n    id\n    scope\n    published\n    editable\n    tags\n    latestVersion\n    latestPublished\n    current {\n      id\n      title\n      summary\n      version\n    }\n  }\n": types.MaterialCardFieldsFragmentDoc,
    "\n  query Materials($scope: String, $offset: Int!) {\n    materials(scope: $scope, limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...MaterialCardFields\n      }\n    }\n  }\n": types.MaterialsDocument,
    "\n  query SearchMaterials($query: String!) {\n    searchMaterials(query: $query, limit: 30) {\n      totalCount\n      hasMore\n      items {\n        excerpt\n        rank\n        material {\n          ...MaterialCardFields\n        }\n      }\n    }\n  }\n": types.SearchMaterialsDocument,
    "\n  query Material($id: ID!) {\n    material(id: $id) {\n      ...MaterialCardFields\n      language\n      current {\n        id\n        title\n        summary\n        version\n        bodyMarkdown\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    myRequiredReading {\n      material {\n        id\n      }\n      readers {\n        displayName\n        readCurrentVersion\n        readAt\n      }\n    }\n  }\n": types.MaterialDocument,
    "\n  query MaterialHistory($id: ID!) {\n    materialHistory(id: $id) {\n      id\n      version\n      title\n      summary\n      bodyMarkdown\n      createdAt\n    }\n  }\n": types.MaterialHistoryDocument,
    "\n  query MaterialAttachment($id: ID!) {\n    materialAttachment(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.MaterialAttachmentDocument,
    "\n  mutation CreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n": types.CreateMaterialDocument,
    "\n  mutation EditMaterial($input: EditMaterialInput!) {\n    editMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n": types.EditMaterialDocument,
    "\n  mutation PublishMaterial($id: ID!) {\n    publishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n": types.PublishMaterialDocument,
    "\n  mutation UnpublishMaterial($id: ID!) {\n    unpublishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n": types.UnpublishMaterialDocument,
    "\n  mutation RollbackMaterial($input: RollbackMaterialInput!) {\n    rollbackMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n": types.RollbackMaterialDocument,
    "\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addMaterialAttachment(input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n": types.AddAttachmentDocument,
    "\n  mutation MarkRead($id: ID!) {\n    markMaterialRead(id: $id)\n  }\n": types.MarkReadDocument,
    "\n  query RequiredReading {\n    requiredReading {\n      material {\n        ...MaterialCardFields\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n": types.RequiredReadingDocument,
    "\n  mutation RequireMaterial($id: ID!) {\n    requireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n": types.RequireMaterialDocument,
    "\n  mutation UnrequireMaterial($id: ID!) {\n    unrequireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n": types.UnrequireMaterialDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchCentreDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      activeRole\n      platformRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Today {\n    inquiryDeadlines(withinHours: 24) {\n      promise\n      dueAt\n      overdue\n      displayName\n      inquiry {\n        id\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n    groupsNeedingFollowUp {\n      weeksWithout\n      lastFollowUpOn\n      group {\n        id\n        name\n        status\n      }\n    }\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      municipality\n      theme\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n": types.TodayDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    source\n    hasMessage\n    preferredContactTimes\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n": types.InquiryFieldsFragmentDoc,
    "\n  query OpenInquiries {\n    inquiries(open: true, limit: 100) {\n      totalCount\n      items {\n        ...InquiryFields\n      }\n    }\n  }\n": types.OpenInquiriesDocument,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n": types.InquiryDocument,
    "\n  mutation RegisterInquiry($input: RegisterInquiryInput!) {\n    registerInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": types.RegisterInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": types.UpdateInquiryDocument,
    "\n  query Waitlist(\n    $municipality: String\n    $timeOfDay: TimeOfDay\n    $weekday: Weekday\n    $format: GroupFormatPreference\n  ) {\n    waitlist(\n      municipality: $municipality\n      timeOfDay: $timeOfDay\n      weekday: $weekday\n      format: $format\n      limit: 200\n    ) {\n      totalCount\n      items {\n        id\n        displayName\n        municipality\n        waitingSince\n        preferences {\n          timesOfDay\n          weekdays\n          format\n          theme\n        }\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n  }\n": types.WaitlistDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    status\n    birthYear\n    ageBand\n    municipality\n    hasPhone\n    hasEmail\n    createdAt\n    waitingSince\n    preferences {\n      timesOfDay\n      weekdays\n      format\n      composition\n      theme\n      notes\n    }\n    consents {\n      id\n      kind\n      active\n      givenAt\n      withdrawnAt\n    }\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n    }\n  }\n": types.ParticipantDocument,
    "\n  query ParticipantContact($id: ID!) {\n    participant(id: $id) {\n      id\n      contact {\n        phone\n        email\n      }\n    }\n  }\n": types.ParticipantContactDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": types.UpdateParticipantDocument,
    "\n  mutation RecordConsent($participantId: ID!, $kind: ConsentKind!) {\n    recordConsent(participantId: $participantId, kind: $kind) {\n      id\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($participantId: ID!, $kind: ConsentKind!) {\n    withdrawConsent(participantId: $participantId, kind: $kind)\n  }\n": types.WithdrawConsentDocument,
    "\n  query ParticipantExport($id: ID!) {\n    participantExport(id: $id)\n  }\n": types.ParticipantExportDocument,
    "\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n": types.EraseParticipantDocument,
    "\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n": types.GroupSuggestionsDocument,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    address\n    municipality\n    capacity\n    stepFree\n    freeOfCharge\n    availability {\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  query Rooms {\n    rooms {\n      ...RoomFields\n    }\n  }\n": types.RoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query RoomBookings($roomId: ID!, $offset: Int!) {\n    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        groupId\n        groupName\n        weekday\n        startsAt\n        endsAt\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.RoomBookingsDocument,
    "\n  query GroupsForRooms {\n    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {\n      items {\n        id\n        name\n        format\n        weekday\n        startTime\n        durationMinutes\n        municipality\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GroupsForRoomsDocument,
    "\n  query FreeRooms($groupId: ID!, $from: String) {\n    freeRooms(groupId: $groupId, from: $from) {\n      sameMunicipality\n      neighbouring\n      warning\n      room {\n        ...RoomFields\n      }\n    }\n  }\n": types.FreeRoomsDocument,
    "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n": types.BookRoomDocument,
    "\n  query InquiryMessage($id: ID!) {\n    inquiryMessage(id: $id)\n  }\n": types.InquiryMessageDocument,
    "\n  query PublicCentrePage($slug: String!) {\n    publicCentre(slug: $slug) {\n      slug\n      name\n      municipalities\n      contactPhone\n      contactEmail\n      website\n    }\n    publicGroups(centre: $slug) {\n      kind\n      format\n      composition\n      theme\n      weekday\n      timeOfDay\n      startTime\n      municipality\n      address\n      recruiting\n    }\n  }\n": types.PublicCentrePageDocument,
    "\n  mutation SubmitInterestForm($input: InterestFormInput!) {\n    submitInterestForm(input: $input)\n  }\n": types.SubmitInterestFormDocument,
    "\n  fragment ReportFields on Report {\n    scope\n    period {\n      from\n      to\n      label\n      months\n      note\n    }\n    suppression {\n      threshold\n      maxNoise\n      hiddenNumbers\n      rule\n    }\n    figures {\n      key\n      label\n      description\n      unit\n      countsPeople\n      published\n      rows {\n        centreId\n        centreName\n        value\n        suppressed\n      }\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query CentreReport($period: ReportPeriodInput!) {\n    centreReport(period: $period) {\n      ...ReportFields\n    }\n  }\n": types.CentreReportDocument,
    "\n  query NationalReport($period: ReportPeriodInput!) {\n    nationalReport(period: $period) {\n      ...ReportFields\n    }\n  }\n": types.NationalReportDocument,
    "\n  fragment TimeSeriesFields on ReportTimeSeries {\n    figure\n    label\n    unit\n    months\n    rows {\n      centreId\n      centreName\n      points {\n        value\n        suppressed\n      }\n    }\n    suppression {\n      threshold\n      rule\n    }\n  }\n": types.TimeSeriesFieldsFragmentDoc,
    "\n  query CentreTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    centreTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n": types.CentreTimeSeriesDocument,
    "\n  query NationalTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    nationalTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n": types.NationalTimeSeriesDocument,
    "\n  query SinceTheStart {\n    sinceTheStart {\n      scope\n      until\n      suppression {\n        threshold\n        rule\n      }\n      rows {\n        centreId\n        centreName\n        since\n        groupsStarted {\n          value\n          suppressed\n        }\n        peopleInGroups {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.SinceTheStartDocument,
    "\n  query FunderReport($programme: FunderProgramme!, $period: ReportPeriodInput!, $centreId: ID) {\n    funderReport(programme: $programme, period: $period, centreId: $centreId) {\n      programme\n      title\n      about\n      columns\n      period {\n        from\n        to\n        label\n        months\n        note\n      }\n      suppression {\n        threshold\n        maxNoise\n        hiddenNumbers\n        rule\n      }\n      lines {\n        figure\n        label\n        values {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.FunderReportDocument,
    "\n  query FunderReportFile(\n    $programme: FunderProgramme!\n    $period: ReportPeriodInput!\n    $format: ReportFileFormat!\n    $centreId: ID\n  ) {\n    funderReportFile(programme: $programme, period: $period, format: $format, centreId: $centreId) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.FunderReportFileDocument,
    "\n  query Centres {\n    centres {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n": types.CentresDocument,
    "\n  query MyGroups {\n    myGroups {\n      id\n      name\n      myPart\n      invitedBackOn\n      status\n      kind\n      format\n      weekday\n      startTime\n      durationMinutes\n      startDate\n      meetingLink\n      memberNames\n      room {\n        name\n        address\n        municipality\n      }\n    }\n  }\n": types.MyGroupsDocument,
    "\n  query MyInvitations {\n    myCentreInvitations {\n      id\n      role\n      expiresAt\n      centre {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($id: ID!) {\n    acceptCentreInvitation(id: $id) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($id: ID!) {\n    declineCentreInvitation(id: $id)\n  }\n": types.DeclineInvitationDocument,
    "\n  query MyTraining {\n    myQualifications {\n      grantedOn\n      expiresOn\n      valid\n      grantedByCentreName\n    }\n    myCourses {\n      id\n      courseTitle\n      courseKind\n      hostCentreName\n      status\n      completedAt\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        digital\n        place\n        mandatory\n        attended\n      }\n    }\n  }\n": types.MyTrainingDocument,
    "\n  query MyVolunteerWork {\n    myVolunteerWork {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n": types.MyVolunteerWorkDocument,
    "\n  mutation LogMyHours($input: MyVolunteerHoursInput!) {\n    logMyVolunteerHours(input: $input) {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n": types.LogMyHoursDocument,
    "\n  query MyReading {\n    myRequiredReading {\n      material {\n        id\n        scope\n        current {\n          id\n          title\n          summary\n          version\n        }\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n": types.MyReadingDocument,
    "\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    kind\n    text\n    options\n    required\n  }\n": types.SurveyQuestionFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    opensOn\n    closesOn\n    status\n    minAnswers\n    national\n    ownedHere\n    ownerName\n    participatingCentres {\n      id\n      name\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n    batches {\n      id\n      size\n      issuedWeek\n      label\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  query Surveys {\n    surveys {\n      ...SurveyFields\n    }\n  }\n": types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyDocument,
    "\n  query SurveyCentres {\n    surveyCentres {\n      id\n      name\n    }\n  }\n": types.SurveyCentresDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  mutation IssueSurveyCodes($input: IssueSurveyCodesInput!) {\n    issueSurveyCodes(input: $input) {\n      codes\n      batch {\n        id\n        size\n        issuedWeek\n        label\n      }\n    }\n  }\n": types.IssueSurveyCodesDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      minAnswers\n      threshold\n      scopes {\n        centreId\n        centreName\n        answers\n        hiddenReason\n        questions {\n          questionId\n          kind\n          text\n          mean\n          answered\n          options {\n            option\n            count\n            hiddenReason\n          }\n          textAnswers\n        }\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyResultsFile($id: ID!, $format: SurveyFileFormat!) {\n    surveyResultsFile(id: $id, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.SurveyResultsFileDocument,
    "\n  query SurveyByCode($code: String!) {\n    surveyByCode(code: $code) {\n      state\n      message\n      title\n      intro\n      closesOn\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n": types.SurveyByCodeDocument,
    "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      outcome\n      message\n    }\n  }\n": types.AnswerSurveyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffMemberFields on StaffMember {\n    id\n    userId\n    displayName\n    email\n    role\n    active\n    addedAt\n    deactivatedAt\n  }\n"): (typeof documents)["\n  fragment StaffMemberFields on StaffMember {\n    id\n    userId\n    displayName\n    email\n    role\n    active\n    addedAt\n    deactivatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff {\n    staffMembers(includeDeactivated: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        ...StaffMemberFields\n      }\n    }\n    staffInvitations(openOnly: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Staff {\n    staffMembers(includeDeactivated: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        ...StaffMemberFields\n      }\n    }\n    staffInvitations(openOnly: true, limit: 200) {\n      totalCount\n      hasMore\n      items {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaffMember($input: InviteStaffMemberInput!) {\n    inviteStaffMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteStaffMember($input: InviteStaffMemberInput!) {\n    inviteStaffMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelStaffInvitation($id: ID!) {\n    cancelStaffInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelStaffInvitation($id: ID!) {\n    cancelStaffInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      ...StaffMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffMember($id: ID!) {\n    deactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaffMember($id: ID!) {\n    deactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaffMember($id: ID!) {\n    reactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateStaffMember($id: ID!) {\n    reactivateStaffMember(id: $id) {\n      ...StaffMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentreSettingsScreen {\n    centreProfile {\n      id\n      slug\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n    centreSettings {\n      retentionMonths\n    }\n  }\n"): (typeof documents)["\n  query CentreSettingsScreen {\n    centreProfile {\n      id\n      slug\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n    centreSettings {\n      retentionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCentreProfile($input: UpdateCentreProfileInput!) {\n    updateCentreProfile(input: $input) {\n      id\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCentreProfile($input: UpdateCentreProfileInput!) {\n    updateCentreProfile(input: $input) {\n      id\n      name\n      municipalities\n      contactEmail\n      contactPhone\n      postalAddress\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroupSettings($input: GroupSettingsInput!) {\n    updateGroupSettings(input: $input) {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroupSettings($input: GroupSettingsInput!) {\n    updateGroupSettings(input: $input) {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n      requireVolunteerClearance\n      matchingWeights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetention($retentionMonths: Int!) {\n    updateRetention(retentionMonths: $retentionMonths) {\n      retentionMonths\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetention($retentionMonths: Int!) {\n    updateRetention(retentionMonths: $retentionMonths) {\n      retentionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersAndServices {\n    partners {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n    services {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n"): (typeof documents)["\n  query PartnersAndServices {\n    partners {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n    services {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: PartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n      kind\n      contactPerson\n      contactEmail\n      contactPhone\n      lendsRooms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateService($input: ServiceInput!) {\n    createService(input: $input) {\n      id\n      name\n      kind\n      contact\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($offset: Int!) {\n    auditEntries(limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        action\n        actorUserId\n        participantId\n        occurredAt\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($offset: Int!) {\n    auditEntries(limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        action\n        actorUserId\n        participantId\n        occurredAt\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnboardCentre($input: OnboardCentreInput!) {\n    onboardCentre(input: $input) {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n"): (typeof documents)["\n  mutation OnboardCentre($input: OnboardCentreInput!) {\n    onboardCentre(input: $input) {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseFields on Course {\n    id\n    title\n    description\n    kind\n    capacity\n    enrolled\n    waitlisted\n    openToOtherCentres\n    qualificationValidMonths\n    sessions {\n      id\n      startsAt\n      durationMinutes\n      place\n      digital\n      mandatory\n    }\n  }\n"): (typeof documents)["\n  fragment CourseFields on Course {\n    id\n    title\n    description\n    kind\n    capacity\n    enrolled\n    waitlisted\n    openToOtherCentres\n    qualificationValidMonths\n    sessions {\n      id\n      startsAt\n      durationMinutes\n      place\n      digital\n      mandatory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Courses {\n    courses {\n      ...CourseFields\n    }\n  }\n"): (typeof documents)["\n  query Courses {\n    courses {\n      ...CourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Course($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n      enrolments {\n        id\n        name\n        organisation\n        centreName\n        status\n        enrolledAt\n        attendedSessionIds\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Course($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n      enrolments {\n        id\n        name\n        organisation\n        centreName\n        status\n        enrolledAt\n        attendedSessionIds\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInCourse($input: EnrolInput!) {\n    enrolInCourse(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolInCourse($input: EnrolInput!) {\n    enrolInCourse(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFromCourse($id: ID!) {\n    withdrawFromCourse(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFromCourse($id: ID!) {\n    withdrawFromCourse(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n      attendedSessionIds\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n      attendedSessionIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCourseFields on PersonCourseEnrolment {\n    id\n    courseId\n    courseTitle\n    courseKind\n    displayName\n    hostCentreName\n    status\n    enrolledAt\n    completedAt\n    staffMemberId\n    sessions {\n      id\n      startsAt\n      mandatory\n      attended\n    }\n  }\n"): (typeof documents)["\n  fragment PersonCourseFields on PersonCourseEnrolment {\n    id\n    courseId\n    courseTitle\n    courseKind\n    displayName\n    hostCentreName\n    status\n    enrolledAt\n    completedAt\n    staffMemberId\n    sessions {\n      id\n      startsAt\n      mandatory\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCourses {\n    sharedCourses {\n      courseId\n      hostCentreId\n      hostCentreName\n      title\n      description\n      kind\n      capacity\n      enrolled\n      qualificationValidMonths\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        place\n        digital\n        mandatory\n      }\n    }\n    sharedCourseEnrolments {\n      ...PersonCourseFields\n    }\n  }\n"): (typeof documents)["\n  query SharedCourses {\n    sharedCourses {\n      courseId\n      hostCentreId\n      hostCentreName\n      title\n      description\n      kind\n      capacity\n      enrolled\n      qualificationValidMonths\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        place\n        digital\n        mandatory\n      }\n    }\n    sharedCourseEnrolments {\n      ...PersonCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInSharedCourse($input: SharedEnrolInput!) {\n    enrolInSharedCourse(input: $input) {\n      ...PersonCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolInSharedCourse($input: SharedEnrolInput!) {\n    enrolInSharedCourse(input: $input) {\n      ...PersonCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFromSharedCourse($id: ID!) {\n    withdrawFromSharedCourse(id: $id) {\n      ...PersonCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFromSharedCourse($id: ID!) {\n    withdrawFromSharedCourse(id: $id) {\n      ...PersonCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory {\n    starterDirectory {\n      staffMemberId\n      displayName\n      role\n      volunteer\n      volunteerId\n      volunteerStatus\n      cleared\n      warnings\n      policeCertificateValidUntil\n      confidentialitySignedOn\n      availableWeekdays\n      availableTimesOfDay\n      busyElsewhere {\n        weekday\n        startTime\n        durationMinutes\n      }\n      qualification {\n        grantedOn\n        expiresOn\n        valid\n      }\n      currentGroups {\n        id\n        name\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory {\n    starterDirectory {\n      staffMemberId\n      displayName\n      role\n      volunteer\n      volunteerId\n      volunteerStatus\n      cleared\n      warnings\n      policeCertificateValidUntil\n      confidentialitySignedOn\n      availableWeekdays\n      availableTimesOfDay\n      busyElsewhere {\n        weekday\n        startTime\n        durationMinutes\n      }\n      qualification {\n        grantedOn\n        expiresOn\n        valid\n      }\n      currentGroups {\n        id\n        name\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerNames {\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerNames {\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerFields on Volunteer {\n    id\n    userId\n    displayName\n    email\n    status\n    skills\n    languages\n    municipalities\n    availableWeekdays\n    availableTimesOfDay\n    confidentialitySignedOn\n    totalHours\n    policeCertificates {\n      id\n      kind\n      task\n      shownOn\n      validUntil\n    }\n    assignments {\n      kind\n      name\n      since\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerFields on Volunteer {\n    id\n    userId\n    displayName\n    email\n    status\n    skills\n    languages\n    municipalities\n    availableWeekdays\n    availableTimesOfDay\n    confidentialitySignedOn\n    totalHours\n    policeCertificates {\n      id\n      kind\n      task\n      shownOn\n      validUntil\n    }\n    assignments {\n      kind\n      name\n      since\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Volunteers($status: String) {\n    volunteers(status: $status) {\n      ...VolunteerFields\n    }\n    volunteerWarnings {\n      volunteerId\n      displayName\n      kind\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  query Volunteers($status: String) {\n    volunteers(status: $status) {\n      ...VolunteerFields\n    }\n    volunteerWarnings {\n      volunteerId\n      displayName\n      kind\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPoliceCertificate($input: PoliceCertificateInput!) {\n    recordPoliceCertificate(input: $input) {\n      id\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPoliceCertificate($input: PoliceCertificateInput!) {\n    recordPoliceCertificate(input: $input) {\n      id\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogVolunteerHours($input: VolunteerHoursInput!) {\n    logVolunteerHours(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogVolunteerHours($input: VolunteerHoursInput!) {\n    logVolunteerHours(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStarterBack($input: StarterVisitInput!) {\n    inviteStarterBack(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteStarterBack($input: StarterVisitInput!) {\n    inviteStarterBack(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStarterReturn($input: StarterVisitInput!) {\n    recordStarterReturn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStarterReturn($input: StarterVisitInput!) {\n    recordStarterReturn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSummaryFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n  }\n"): (typeof documents)["\n  fragment GroupSummaryFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCardFields on Group {\n    ...GroupSummaryFields\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GroupCardFields on Group {\n    ...GroupSummaryFields\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsBoard($statuses: [GroupStatus!], $limit: Int!, $offset: Int!) {\n    groups(statuses: $statuses, limit: $limit, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...GroupCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsBoard($statuses: [GroupStatus!], $limit: Int!, $offset: Int!) {\n    groups(statuses: $statuses, limit: $limit, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...GroupCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupProposals {\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      composition\n      municipality\n      theme\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participants {\n        id\n        displayName\n      }\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n    }\n  }\n"): (typeof documents)["\n  query GroupProposals {\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      composition\n      municipality\n      theme\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participants {\n        id\n        displayName\n      }\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupDetailsFields on Group {\n    ...GroupCardFields\n    allowedTransitions\n    composition\n    durationMinutes\n    startDate\n    selfRunSince\n    endedOn\n    ageRangeMin\n    ageRangeMax\n    meetingLink\n    roomWarning\n    room {\n      id\n      name\n      address\n      municipality\n      capacity\n    }\n    members {\n      id\n      joinedOn\n      participant {\n        id\n        displayName\n      }\n    }\n    events {\n      id\n      kind\n      occurredOn\n      fromStatus\n      toStatus\n      reason\n    }\n    startupMeetings {\n      id\n      heldOn\n      agreed\n    }\n    followUps {\n      id\n      kind\n      occurredOn\n      note\n    }\n    openMeetings {\n      id\n      heldOn\n      headCount\n    }\n  }\n"): (typeof documents)["\n  fragment GroupDetailsFields on Group {\n    ...GroupCardFields\n    allowedTransitions\n    composition\n    durationMinutes\n    startDate\n    selfRunSince\n    endedOn\n    ageRangeMin\n    ageRangeMax\n    meetingLink\n    roomWarning\n    room {\n      id\n      name\n      address\n      municipality\n      capacity\n    }\n    members {\n      id\n      joinedOn\n      participant {\n        id\n        displayName\n      }\n    }\n    events {\n      id\n      kind\n      occurredOn\n      fromStatus\n      toStatus\n      reason\n    }\n    startupMeetings {\n      id\n      heldOn\n      agreed\n    }\n    followUps {\n      id\n      kind\n      occurredOn\n      note\n    }\n    openMeetings {\n      id\n      heldOn\n      headCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupDetailsFields\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupDetailsFields\n    }\n    groupSettings {\n      groupMinSize\n      groupMaxSize\n      followUpWeeks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantSuggestions($groupId: ID!) {\n    participantSuggestions(groupId: $groupId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participant {\n        id\n        displayName\n        municipality\n        waitingSince\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantSuggestions($groupId: ID!) {\n    participantSuggestions(groupId: $groupId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n      }\n      participant {\n        id\n        displayName\n        municipality\n        waitingSince\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StarterDirectory($groupId: ID!) {\n    starterDirectory(forGroupId: $groupId) {\n      staffMemberId\n      displayName\n      role\n      cleared\n      warnings\n    }\n  }\n"): (typeof documents)["\n  query StarterDirectory($groupId: ID!) {\n    starterDirectory(forGroupId: $groupId) {\n      staffMemberId\n      displayName\n      role\n      cleared\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupFromProposal($input: CreateGroupFromProposalInput!) {\n    createGroupFromProposal(input: $input) {\n      group {\n        ...GroupCardFields\n      }\n      warnings\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupFromProposal($input: CreateGroupFromProposalInput!) {\n    createGroupFromProposal(input: $input) {\n      group {\n        ...GroupCardFields\n      }\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: AddMemberInput!) {\n    addGroupMember(input: $input) {\n      warnings\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: AddMemberInput!) {\n    addGroupMember(input: $input) {\n      warnings\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($input: LeaveGroupInput!) {\n    leaveGroup(input: $input) {\n      id\n      leftOn\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($input: LeaveGroupInput!) {\n    leaveGroup(input: $input) {\n      id\n      leftOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStarter($input: StarterAssignmentInput!) {\n    assignStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStarter($input: StarterAssignmentInput!) {\n    assignStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseStarter($input: StarterAssignmentInput!) {\n    releaseStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseStarter($input: StarterAssignmentInput!) {\n    releaseStarter(input: $input) {\n      staffMemberId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogFollowUp($input: FollowUpInput!) {\n    logFollowUp(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogFollowUp($input: FollowUpInput!) {\n    logFollowUp(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOpenGroupMeeting($input: OpenMeetingInput!) {\n    recordOpenGroupMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOpenGroupMeeting($input: OpenMeetingInput!) {\n    recordOpenGroupMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStartupMeeting($input: StartupMeetingInput!) {\n    recordStartupMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStartupMeeting($input: StartupMeetingInput!) {\n    recordStartupMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaterialCardFields on Material {\n    id\n    scope\n    published\n    editable\n    tags\n    latestVersion\n    latestPublished\n    current {\n      id\n      title\n      summary\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment MaterialCardFields on Material {\n    id\n    scope\n    published\n    editable\n    tags\n    latestVersion\n    latestPublished\n    current {\n      id\n      title\n      summary\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Materials($scope: String, $offset: Int!) {\n    materials(scope: $scope, limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...MaterialCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Materials($scope: String, $offset: Int!) {\n    materials(scope: $scope, limit: 50, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        ...MaterialCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMaterials($query: String!) {\n    searchMaterials(query: $query, limit: 30) {\n      totalCount\n      hasMore\n      items {\n        excerpt\n        rank\n        material {\n          ...MaterialCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMaterials($query: String!) {\n    searchMaterials(query: $query, limit: 30) {\n      totalCount\n      hasMore\n      items {\n        excerpt\n        rank\n        material {\n          ...MaterialCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Material($id: ID!) {\n    material(id: $id) {\n      ...MaterialCardFields\n      language\n      current {\n        id\n        title\n        summary\n        version\n        bodyMarkdown\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    myRequiredReading {\n      material {\n        id\n      }\n      readers {\n        displayName\n        readCurrentVersion\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Material($id: ID!) {\n    material(id: $id) {\n      ...MaterialCardFields\n      language\n      current {\n        id\n        title\n        summary\n        version\n        bodyMarkdown\n        createdAt\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    myRequiredReading {\n      material {\n        id\n      }\n      readers {\n        displayName\n        readCurrentVersion\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaterialHistory($id: ID!) {\n    materialHistory(id: $id) {\n      id\n      version\n      title\n      summary\n      bodyMarkdown\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MaterialHistory($id: ID!) {\n    materialHistory(id: $id) {\n      id\n      version\n      title\n      summary\n      bodyMarkdown\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaterialAttachment($id: ID!) {\n    materialAttachment(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MaterialAttachment($id: ID!) {\n    materialAttachment(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMaterial($input: CreateMaterialInput!) {\n    createMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMaterial($input: EditMaterialInput!) {\n    editMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditMaterial($input: EditMaterialInput!) {\n    editMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMaterial($id: ID!) {\n    publishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMaterial($id: ID!) {\n    publishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishMaterial($id: ID!) {\n    unpublishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishMaterial($id: ID!) {\n    unpublishMaterial(id: $id) {\n      ...MaterialCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackMaterial($input: RollbackMaterialInput!) {\n    rollbackMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RollbackMaterial($input: RollbackMaterialInput!) {\n    rollbackMaterial(input: $input) {\n      ...MaterialCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addMaterialAttachment(input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n"): (typeof documents)["\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addMaterialAttachment(input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID!) {\n    markMaterialRead(id: $id)\n  }\n"): (typeof documents)["\n  mutation MarkRead($id: ID!) {\n    markMaterialRead(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequiredReading {\n    requiredReading {\n      material {\n        ...MaterialCardFields\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequiredReading {\n    requiredReading {\n      material {\n        ...MaterialCardFields\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequireMaterial($id: ID!) {\n    requireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequireMaterial($id: ID!) {\n    requireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnrequireMaterial($id: ID!) {\n    unrequireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnrequireMaterial($id: ID!) {\n    unrequireMaterial(id: $id) {\n      material {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      activeRole\n      platformRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      activeRole\n      platformRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today {\n    inquiryDeadlines(withinHours: 24) {\n      promise\n      dueAt\n      overdue\n      displayName\n      inquiry {\n        id\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n    groupsNeedingFollowUp {\n      weeksWithout\n      lastFollowUpOn\n      group {\n        id\n        name\n        status\n      }\n    }\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      municipality\n      theme\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Today {\n    inquiryDeadlines(withinHours: 24) {\n      promise\n      dueAt\n      overdue\n      displayName\n      inquiry {\n        id\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n    groupsNeedingFollowUp {\n      weeksWithout\n      lastFollowUpOn\n      group {\n        id\n        name\n        status\n      }\n    }\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      municipality\n      theme\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    source\n    hasMessage\n    preferredContactTimes\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    source\n    hasMessage\n    preferredContactTimes\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenInquiries {\n    inquiries(open: true, limit: 100) {\n      totalCount\n      items {\n        ...InquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenInquiries {\n    inquiries(open: true, limit: 100) {\n      totalCount\n      items {\n        ...InquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInquiry($input: RegisterInquiryInput!) {\n    registerInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterInquiry($input: RegisterInquiryInput!) {\n    registerInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Waitlist(\n    $municipality: String\n    $timeOfDay: TimeOfDay\n    $weekday: Weekday\n    $format: GroupFormatPreference\n  ) {\n    waitlist(\n      municipality: $municipality\n      timeOfDay: $timeOfDay\n      weekday: $weekday\n      format: $format\n      limit: 200\n    ) {\n      totalCount\n      items {\n        id\n        displayName\n        municipality\n        waitingSince\n        preferences {\n          timesOfDay\n          weekdays\n          format\n          theme\n        }\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n  }\n"): (typeof documents)["\n  query Waitlist(\n    $municipality: String\n    $timeOfDay: TimeOfDay\n    $weekday: Weekday\n    $format: GroupFormatPreference\n  ) {\n    waitlist(\n      municipality: $municipality\n      timeOfDay: $timeOfDay\n      weekday: $weekday\n      format: $format\n      limit: 200\n    ) {\n      totalCount\n      items {\n        id\n        displayName\n        municipality\n        waitingSince\n        preferences {\n          timesOfDay\n          weekdays\n          format\n          theme\n        }\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    status\n    birthYear\n    ageBand\n    municipality\n    hasPhone\n    hasEmail\n    createdAt\n    waitingSince\n    preferences {\n      timesOfDay\n      weekdays\n      format\n      composition\n      theme\n      notes\n    }\n    consents {\n      id\n      kind\n      active\n      givenAt\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    status\n    birthYear\n    ageBand\n    municipality\n    hasPhone\n    hasEmail\n    createdAt\n    waitingSince\n    preferences {\n      timesOfDay\n      weekdays\n      format\n      composition\n      theme\n      notes\n    }\n    consents {\n      id\n      kind\n      active\n      givenAt\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n    }\n  }\n"): (typeof documents)["\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantContact($id: ID!) {\n    participant(id: $id) {\n      id\n      contact {\n        phone\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantContact($id: ID!) {\n    participant(id: $id) {\n      id\n      contact {\n        phone\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($participantId: ID!, $kind: ConsentKind!) {\n    recordConsent(participantId: $participantId, kind: $kind) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($participantId: ID!, $kind: ConsentKind!) {\n    recordConsent(participantId: $participantId, kind: $kind) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($participantId: ID!, $kind: ConsentKind!) {\n    withdrawConsent(participantId: $participantId, kind: $kind)\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($participantId: ID!, $kind: ConsentKind!) {\n    withdrawConsent(participantId: $participantId, kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantExport($id: ID!) {\n    participantExport(id: $id)\n  }\n"): (typeof documents)["\n  query ParticipantExport($id: ID!) {\n    participantExport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n"): (typeof documents)["\n  mutation EraseParticipant($id: ID!) {\n    eraseParticipant(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room {\n    id\n    name\n    address\n    municipality\n    capacity\n    stepFree\n    freeOfCharge\n    availability {\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  fragment RoomFields on Room {\n    id\n    name\n    address\n    municipality\n    capacity\n    stepFree\n    freeOfCharge\n    availability {\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms {\n    rooms {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  query Rooms {\n    rooms {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomBookings($roomId: ID!, $offset: Int!) {\n    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        groupId\n        groupName\n        weekday\n        startsAt\n        endsAt\n        validFrom\n        validTo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomBookings($roomId: ID!, $offset: Int!) {\n    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        groupId\n        groupName\n        weekday\n        startsAt\n        endsAt\n        validFrom\n        validTo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsForRooms {\n    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {\n      items {\n        id\n        name\n        format\n        weekday\n        startTime\n        durationMinutes\n        municipality\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsForRooms {\n    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {\n      items {\n        id\n        name\n        format\n        weekday\n        startTime\n        durationMinutes\n        municipality\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeRooms($groupId: ID!, $from: String) {\n    freeRooms(groupId: $groupId, from: $from) {\n      sameMunicipality\n      neighbouring\n      warning\n      room {\n        ...RoomFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FreeRooms($groupId: ID!, $from: String) {\n    freeRooms(groupId: $groupId, from: $from) {\n      sameMunicipality\n      neighbouring\n      warning\n      room {\n        ...RoomFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryMessage($id: ID!) {\n    inquiryMessage(id: $id)\n  }\n"): (typeof documents)["\n  query InquiryMessage($id: ID!) {\n    inquiryMessage(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCentrePage($slug: String!) {\n    publicCentre(slug: $slug) {\n      slug\n      name\n      municipalities\n      contactPhone\n      contactEmail\n      website\n    }\n    publicGroups(centre: $slug) {\n      kind\n      format\n      composition\n      theme\n      weekday\n      timeOfDay\n      startTime\n      municipality\n      address\n      recruiting\n    }\n  }\n"): (typeof documents)["\n  query PublicCentrePage($slug: String!) {\n    publicCentre(slug: $slug) {\n      slug\n      name\n      municipalities\n      contactPhone\n      contactEmail\n      website\n    }\n    publicGroups(centre: $slug) {\n      kind\n      format\n      composition\n      theme\n      weekday\n      timeOfDay\n      startTime\n      municipality\n      address\n      recruiting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInterestForm($input: InterestFormInput!) {\n    submitInterestForm(input: $input)\n  }\n"): (typeof documents)["\n  mutation SubmitInterestForm($input: InterestFormInput!) {\n    submitInterestForm(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on Report {\n    scope\n    period {\n      from\n      to\n      label\n      months\n      note\n    }\n    suppression {\n      threshold\n      maxNoise\n      hiddenNumbers\n      rule\n    }\n    figures {\n      key\n      label\n      description\n      unit\n      countsPeople\n      published\n      rows {\n        centreId\n        centreName\n        value\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFields on Report {\n    scope\n    period {\n      from\n      to\n      label\n      months\n      note\n    }\n    suppression {\n      threshold\n      maxNoise\n      hiddenNumbers\n      rule\n    }\n    figures {\n      key\n      label\n      description\n      unit\n      countsPeople\n      published\n      rows {\n        centreId\n        centreName\n        value\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentreReport($period: ReportPeriodInput!) {\n    centreReport(period: $period) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query CentreReport($period: ReportPeriodInput!) {\n    centreReport(period: $period) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReport($period: ReportPeriodInput!) {\n    nationalReport(period: $period) {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  query NationalReport($period: ReportPeriodInput!) {\n    nationalReport(period: $period) {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeSeriesFields on ReportTimeSeries {\n    figure\n    label\n    unit\n    months\n    rows {\n      centreId\n      centreName\n      points {\n        value\n        suppressed\n      }\n    }\n    suppression {\n      threshold\n      rule\n    }\n  }\n"): (typeof documents)["\n  fragment TimeSeriesFields on ReportTimeSeries {\n    figure\n    label\n    unit\n    months\n    rows {\n      centreId\n      centreName\n      points {\n        value\n        suppressed\n      }\n    }\n    suppression {\n      threshold\n      rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentreTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    centreTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n"): (typeof documents)["\n  query CentreTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    centreTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    nationalTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n"): (typeof documents)["\n  query NationalTimeSeries($figure: ReportFigureKey!, $period: ReportPeriodInput!) {\n    nationalTimeSeries(figure: $figure, period: $period) {\n      ...TimeSeriesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SinceTheStart {\n    sinceTheStart {\n      scope\n      until\n      suppression {\n        threshold\n        rule\n      }\n      rows {\n        centreId\n        centreName\n        since\n        groupsStarted {\n          value\n          suppressed\n        }\n        peopleInGroups {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SinceTheStart {\n    sinceTheStart {\n      scope\n      until\n      suppression {\n        threshold\n        rule\n      }\n      rows {\n        centreId\n        centreName\n        since\n        groupsStarted {\n          value\n          suppressed\n        }\n        peopleInGroups {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderReport($programme: FunderProgramme!, $period: ReportPeriodInput!, $centreId: ID) {\n    funderReport(programme: $programme, period: $period, centreId: $centreId) {\n      programme\n      title\n      about\n      columns\n      period {\n        from\n        to\n        label\n        months\n        note\n      }\n      suppression {\n        threshold\n        maxNoise\n        hiddenNumbers\n        rule\n      }\n      lines {\n        figure\n        label\n        values {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FunderReport($programme: FunderProgramme!, $period: ReportPeriodInput!, $centreId: ID) {\n    funderReport(programme: $programme, period: $period, centreId: $centreId) {\n      programme\n      title\n      about\n      columns\n      period {\n        from\n        to\n        label\n        months\n        note\n      }\n      suppression {\n        threshold\n        maxNoise\n        hiddenNumbers\n        rule\n      }\n      lines {\n        figure\n        label\n        values {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderReportFile(\n    $programme: FunderProgramme!\n    $period: ReportPeriodInput!\n    $format: ReportFileFormat!\n    $centreId: ID\n  ) {\n    funderReportFile(programme: $programme, period: $period, format: $format, centreId: $centreId) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query FunderReportFile(\n    $programme: FunderProgramme!\n    $period: ReportPeriodInput!\n    $format: ReportFileFormat!\n    $centreId: ID\n  ) {\n    funderReportFile(programme: $programme, period: $period, format: $format, centreId: $centreId) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Centres {\n    centres {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n"): (typeof documents)["\n  query Centres {\n    centres {\n      id\n      slug\n      name\n      municipalities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups {\n    myGroups {\n      id\n      name\n      myPart\n      invitedBackOn\n      status\n      kind\n      format\n      weekday\n      startTime\n      durationMinutes\n      startDate\n      meetingLink\n      memberNames\n      room {\n        name\n        address\n        municipality\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroups {\n    myGroups {\n      id\n      name\n      myPart\n      invitedBackOn\n      status\n      kind\n      format\n      weekday\n      startTime\n      durationMinutes\n      startDate\n      meetingLink\n      memberNames\n      room {\n        name\n        address\n        municipality\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myCentreInvitations {\n      id\n      role\n      expiresAt\n      centre {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myCentreInvitations {\n      id\n      role\n      expiresAt\n      centre {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!) {\n    acceptCentreInvitation(id: $id) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($id: ID!) {\n    acceptCentreInvitation(id: $id) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($id: ID!) {\n    declineCentreInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($id: ID!) {\n    declineCentreInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraining {\n    myQualifications {\n      grantedOn\n      expiresOn\n      valid\n      grantedByCentreName\n    }\n    myCourses {\n      id\n      courseTitle\n      courseKind\n      hostCentreName\n      status\n      completedAt\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        digital\n        place\n        mandatory\n        attended\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTraining {\n    myQualifications {\n      grantedOn\n      expiresOn\n      valid\n      grantedByCentreName\n    }\n    myCourses {\n      id\n      courseTitle\n      courseKind\n      hostCentreName\n      status\n      completedAt\n      sessions {\n        id\n        startsAt\n        durationMinutes\n        digital\n        place\n        mandatory\n        attended\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVolunteerWork {\n    myVolunteerWork {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVolunteerWork {\n    myVolunteerWork {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMyHours($input: MyVolunteerHoursInput!) {\n    logMyVolunteerHours(input: $input) {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogMyHours($input: MyVolunteerHoursInput!) {\n    logMyVolunteerHours(input: $input) {\n      status\n      confidentialitySignedOn\n      policeCertificateStatus\n      policeCertificateValidUntil\n      totalHours\n      hours {\n        workedOn\n        hours\n        activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReading {\n    myRequiredReading {\n      material {\n        id\n        scope\n        current {\n          id\n          title\n          summary\n          version\n        }\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReading {\n    myRequiredReading {\n      material {\n        id\n        scope\n        current {\n          id\n          title\n          summary\n          version\n        }\n      }\n      readers {\n        displayName\n        readAt\n        readCurrentVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    kind\n    text\n    options\n    required\n  }\n"): (typeof documents)["\n  fragment SurveyQuestionFields on SurveyQuestion {\n    id\n    kind\n    text\n    options\n    required\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    opensOn\n    closesOn\n    status\n    minAnswers\n    national\n    ownedHere\n    ownerName\n    participatingCentres {\n      id\n      name\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n    batches {\n      id\n      size\n      issuedWeek\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    opensOn\n    closesOn\n    status\n    minAnswers\n    national\n    ownedHere\n    ownerName\n    participatingCentres {\n      id\n      name\n    }\n    questions {\n      ...SurveyQuestionFields\n    }\n    batches {\n      id\n      size\n      issuedWeek\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Surveys {\n    surveys {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query Surveys {\n    surveys {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCentres {\n    surveyCentres {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SurveyCentres {\n    surveyCentres {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($id: ID!) {\n    closeSurvey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueSurveyCodes($input: IssueSurveyCodesInput!) {\n    issueSurveyCodes(input: $input) {\n      codes\n      batch {\n        id\n        size\n        issuedWeek\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueSurveyCodes($input: IssueSurveyCodesInput!) {\n    issueSurveyCodes(input: $input) {\n      codes\n      batch {\n        id\n        size\n        issuedWeek\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      minAnswers\n      threshold\n      scopes {\n        centreId\n        centreName\n        answers\n        hiddenReason\n        questions {\n          questionId\n          kind\n          text\n          mean\n          answered\n          options {\n            option\n            count\n            hiddenReason\n          }\n          textAnswers\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      minAnswers\n      threshold\n      scopes {\n        centreId\n        centreName\n        answers\n        hiddenReason\n        questions {\n          questionId\n          kind\n          text\n          mean\n          answered\n          options {\n            option\n            count\n            hiddenReason\n          }\n          textAnswers\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResultsFile($id: ID!, $format: SurveyFileFormat!) {\n    surveyResultsFile(id: $id, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query SurveyResultsFile($id: ID!, $format: SurveyFileFormat!) {\n    surveyResultsFile(id: $id, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyByCode($code: String!) {\n    surveyByCode(code: $code) {\n      state\n      message\n      title\n      intro\n      closesOn\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyByCode($code: String!) {\n    surveyByCode(code: $code) {\n      state\n      message\n      title\n      intro\n      closesOn\n      questions {\n        ...SurveyQuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      outcome\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($input: AnswerSurveyInput!) {\n    answerSurvey(input: $input) {\n      outcome\n      message\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;