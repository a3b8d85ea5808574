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
    "\n  fragment GroupCardFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.GroupCardFieldsFragmentDoc,
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
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchCentreDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      activeRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
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
    "\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        id\n        name\n        status\n        kind\n        format\n        weekday\n        startTime\n        municipality\n        memberCount\n        capacity\n      }\n    }\n  }\n": typeof types.GroupSuggestionsDocument,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    address\n    municipality\n    capacity\n    stepFree\n    freeOfCharge\n    availability {\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query Rooms {\n    rooms {\n      ...RoomFields\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query RoomBookings($roomId: ID!, $offset: Int!) {\n    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        groupId\n        groupName\n        weekday\n        startsAt\n        endsAt\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.RoomBookingsDocument,
    "\n  query GroupsForRooms {\n    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {\n      items {\n        id\n        name\n        format\n        weekday\n        startTime\n        durationMinutes\n        municipality\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GroupsForRoomsDocument,
    "\n  query FreeRooms($groupId: ID!, $from: String) {\n    freeRooms(groupId: $groupId, from: $from) {\n      sameMunicipality\n      neighbouring\n      warning\n      room {\n        ...RoomFields\n      }\n    }\n  }\n": typeof types.FreeRoomsDocument,
    "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n": typeof types.BookRoomDocument,
    "\n  query InquiryMessage($id: ID!) {\n    inquiryMessage(id: $id)\n  }\n": typeof types.InquiryMessageDocument,
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
    "\n  fragment GroupCardFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.GroupCardFieldsFragmentDoc,
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
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchCentreDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      activeRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
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
    "\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        id\n        name\n        status\n        kind\n        format\n        weekday\n        startTime\n        municipality\n        memberCount\n        capacity\n      }\n    }\n  }\n": types.GroupSuggestionsDocument,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    address\n    municipality\n    capacity\n    stepFree\n    freeOfCharge\n    availability {\n      weekday\n      startsAt\n      endsAt\n    }\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  query Rooms {\n    rooms {\n      ...RoomFields\n    }\n  }\n": types.RoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query RoomBookings($roomId: ID!, $offset: Int!) {\n    roomBookings(roomId: $roomId, limit: 20, offset: $offset) {\n      totalCount\n      hasMore\n      items {\n        id\n        groupId\n        groupName\n        weekday\n        startsAt\n        endsAt\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.RoomBookingsDocument,
    "\n  query GroupsForRooms {\n    groups(limit: 200, statuses: [PLANNED, RECRUITING, STARTING, SELF_RUN]) {\n      items {\n        id\n        name\n        format\n        weekday\n        startTime\n        durationMinutes\n        municipality\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GroupsForRoomsDocument,
    "\n  query FreeRooms($groupId: ID!, $from: String) {\n    freeRooms(groupId: $groupId, from: $from) {\n      sameMunicipality\n      neighbouring\n      warning\n      room {\n        ...RoomFields\n      }\n    }\n  }\n": types.FreeRoomsDocument,
    "\n  mutation BookRoom($input: BookRoomInput!) {\n    bookRoom(input: $input) {\n      id\n    }\n  }\n": types.BookRoomDocument,
    "\n  query InquiryMessage($id: ID!) {\n    inquiryMessage(id: $id)\n  }\n": types.InquiryMessageDocument,
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
export function graphql(source: "\n  fragment GroupCardFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GroupCardFields on Group {\n    id\n    name\n    status\n    kind\n    format\n    weekday\n    startTime\n    capacity\n    memberCount\n    municipality\n    theme\n    starters {\n      staffMemberId\n      displayName\n    }\n    room {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      activeRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      activeRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        id\n        name\n        status\n        kind\n        format\n        weekday\n        startTime\n        municipality\n        memberCount\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupSuggestions($participantId: ID!) {\n    groupSuggestions(participantId: $participantId, limit: 10) {\n      score\n      reasons {\n        criterion\n        explanation\n        points\n      }\n      group {\n        id\n        name\n        status\n        kind\n        format\n        weekday\n        startTime\n        municipality\n        memberCount\n        capacity\n      }\n    }\n  }\n"];
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