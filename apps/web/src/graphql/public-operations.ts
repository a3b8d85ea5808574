import { graphql } from '../gql';

/**
 * The public pages' operations: no sign-in, nothing about any person. The screens import the
 * generated documents from gql/graphql instead of these: `graphql()` brings the whole app's
 * document map into the bundle, and the public pages should carry only their own two.
 */

export const PublicCentrePageDocument = graphql(`
  query PublicCentrePage($slug: String!) {
    publicCentre(slug: $slug) {
      slug
      name
      municipalities
      contactPhone
      contactEmail
      website
    }
    publicGroups(centre: $slug) {
      kind
      format
      composition
      theme
      weekday
      timeOfDay
      startTime
      municipality
      address
      recruiting
    }
  }
`);

export const SubmitInterestFormDocument = graphql(`
  mutation SubmitInterestForm($input: InterestFormInput!) {
    submitInterestForm(input: $input)
  }
`);
