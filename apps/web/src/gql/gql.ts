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
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchCentreDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      activeRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Today {\n    inquiryDeadlines(withinHours: 24) {\n      promise\n      dueAt\n      overdue\n      displayName\n      inquiry {\n        id\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n    groupsNeedingFollowUp {\n      weeksWithout\n      lastFollowUpOn\n      group {\n        id\n        name\n        status\n      }\n    }\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      municipality\n      theme\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TodayDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n": typeof types.InquiryFieldsFragmentDoc,
    "\n  query OpenInquiries {\n    inquiries(open: true, limit: 100) {\n      totalCount\n      items {\n        ...InquiryFields\n      }\n    }\n  }\n": typeof types.OpenInquiriesDocument,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n": typeof types.InquiryDocument,
    "\n  mutation RegisterInquiry($input: RegisterInquiryInput!) {\n    registerInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": typeof types.RegisterInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": typeof types.UpdateInquiryDocument,
    "\n  query Waitlist(\n    $municipality: String\n    $timeOfDay: TimeOfDay\n    $weekday: Weekday\n    $format: GroupFormatPreference\n  ) {\n    waitlist(\n      municipality: $municipality\n      timeOfDay: $timeOfDay\n      weekday: $weekday\n      format: $format\n      limit: 200\n    ) {\n      totalCount\n      items {\n        id\n        displayName\n        municipality\n        waitingSince\n        preferences {\n          timesOfDay\n          weekdays\n          format\n          theme\n        }\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n  }\n": typeof types.WaitlistDocument,
};
const documents: Documents = {
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation SwitchCentre($input: SwitchCentreInput!) {\n    switchCentre(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchCentreDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      activeRole\n      activeCentre {\n        id\n        slug\n        name\n        municipalities\n      }\n      memberships {\n        id\n        role\n        centre {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Today {\n    inquiryDeadlines(withinHours: 24) {\n      promise\n      dueAt\n      overdue\n      displayName\n      inquiry {\n        id\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n    groupsNeedingFollowUp {\n      weeksWithout\n      lastFollowUpOn\n      group {\n        id\n        name\n        status\n      }\n    }\n    groupProposals {\n      weekday\n      timeOfDay\n      format\n      municipality\n      theme\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n": types.TodayDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n": types.InquiryFieldsFragmentDoc,
    "\n  query OpenInquiries {\n    inquiries(open: true, limit: 100) {\n      totalCount\n      items {\n        ...InquiryFields\n      }\n    }\n  }\n": types.OpenInquiriesDocument,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n": types.InquiryDocument,
    "\n  mutation RegisterInquiry($input: RegisterInquiryInput!) {\n    registerInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": types.RegisterInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": types.UpdateInquiryDocument,
    "\n  query Waitlist(\n    $municipality: String\n    $timeOfDay: TimeOfDay\n    $weekday: Weekday\n    $format: GroupFormatPreference\n  ) {\n    waitlist(\n      municipality: $municipality\n      timeOfDay: $timeOfDay\n      weekday: $weekday\n      format: $format\n      limit: 200\n    ) {\n      totalCount\n      items {\n        id\n        displayName\n        municipality\n        waitingSince\n        preferences {\n          timesOfDay\n          weekdays\n          format\n          theme\n        }\n      }\n    }\n    waitlistFigures {\n      waiting\n      longestDays\n      medianDays\n    }\n  }\n": types.WaitlistDocument,
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
export function graphql(source: "\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment InquiryFields on Inquiry {\n    id\n    channel\n    receivedAt\n    answerDueAt\n    answerState\n    conversationDueAt\n    conversationState\n    firstAnswerAt\n    conversationBookedFor\n    conversationHeldAt\n    outcome\n    participant {\n      id\n      displayName\n      status\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;