import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap } from 'rxjs';

import { clearTokens, freshAccessToken, readTokens, refreshTokens } from '../session/tokens';
import { GRAPHQL_URL } from './public-client';

/**
 * Types without an `id` are values of their parent (a page, the day's figures): the cache keeps
 * them inside the object that holds them instead of normalising them. `typePolicies.spec.ts`
 * checks that every object type the app asks for has an `id` or is listed here.
 */
export const UNKEYED_TYPES = [
  'AuthPayload',
  'GroupNeedingFollowUp',
  'GroupProposal',
  'InquiryDeadline',
  'InquiryPage',
  'ParticipantPage',
  'Preferences',
  'WaitlistFigures',
  // Groups, people and rooms
  'AddMemberPayload',
  'ContactDetails',
  'FreeRoom',
  'GroupFromProposal',
  'GroupPage',
  'GroupStarter',
  'GroupSuggestion',
  'MatchReason',
  'ParticipantSuggestion',
  'RoomAvailability',
  'RoomBookingPage',
  'WeeklyTime',
  // Courses and volunteers
  'SharedCourse',
  'StarterDirectoryEntry',
  'StarterQualificationStatus',
  'VolunteerAssignment',
  'VolunteerWarning',
  // The public pages
  'PublicCentre',
  'PublicGroup',
  // Own page and library (web-self)
  'AttachmentContent',
  'MaterialPage',
  'MaterialSearchHit',
  'MaterialSearchPage',
  'MyQualification',
  'MyVolunteerWork',
  'RequiredReader',
  'RequiredReading',
  'StarterRoom',
  'VolunteerHoursEntry',
  // Reports and administration (web-reports)
  'AuditEntryPage',
  'CentreSettings',
  'FunderReport',
  'FunderReportLine',
  'GroupSettings',
  'Report',
  'ReportFigure',
  'ReportFile',
  'ReportPeriod',
  'ReportRow',
  'ReportSeriesRow',
  'ReportSuppression',
  'ReportTimeSeries',
  'ReportValue',
  'SinceTheStart',
  'SinceTheStartRow',
  'StaffInvitationPage',
  'StaffPage',
  // Anonymous surveys
  'IssuedSurveyCodes',
  'PublicSurvey',
  'SurveyAnswerReceipt',
  'SurveyFile',
  'SurveyOptionCount',
  'SurveyQuestionResult',
  'SurveyResultScope',
  'SurveyResults',
] as const;

/** Types with an id that is not unique across their parents: kept inside the parent too. */
export const PARENT_SCOPED_ID_TYPES = [
  // The host's session id, but `attended` is one person's: two enrolments on one course would
  // overwrite each other's attendance in a normalised cache.
  'SharedCourseSession',
  // A question's id (q1, q2 …) is unique only within its survey.
  'SurveyQuestion',
] as const;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: Object.fromEntries(
      [...UNKEYED_TYPES, ...PARENT_SCOPED_ID_TYPES].map((type) => [
        type,
        { keyFields: false as const, merge: true },
      ]),
    ),
  });
}

const auth = new SetContextLink(async (context) => {
  const token = await freshAccessToken();
  return token ? { headers: { ...context['headers'], authorization: `Bearer ${token}` } } : {};
});

/** An access token that ran out anyway (a sleeping laptop): refresh once and try again. */
const expired = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const reason = error.errors[0]?.extensions?.['reason'];
  if (reason === 'TOKEN_EXPIRED') {
    const tokens = readTokens();
    if (!tokens) return;
    return from(refreshTokens(tokens.refreshToken)).pipe(
      mergeMap((token) => {
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
          headers: { ...headers, authorization: token ? `Bearer ${token}` : '' },
        }));
        return forward(operation);
      }),
    );
  }
  if (reason === 'SESSION_ENDED' || reason === 'TOKEN_INVALID')
    clearTokens(error.errors[0].message);
  return;
});

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([expired, auth, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
