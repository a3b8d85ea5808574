import { graphql } from '../gql';

/** Anonymous surveys (issue 18): staff screens and the public answering page. */

export const SurveyQuestionFields = graphql(`
  fragment SurveyQuestionFields on SurveyQuestion {
    id
    kind
    text
    options
    required
  }
`);

export const SurveyFields = graphql(`
  fragment SurveyFields on Survey {
    id
    title
    intro
    opensOn
    closesOn
    status
    minAnswers
    national
    ownedHere
    ownerName
    participatingCentres {
      id
      name
    }
    questions {
      ...SurveyQuestionFields
    }
    batches {
      id
      size
      issuedWeek
      label
    }
  }
`);

export const SurveysDocument = graphql(`
  query Surveys {
    surveys {
      ...SurveyFields
    }
  }
`);

export const SurveyDocument = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const SurveyCentresDocument = graphql(`
  query SurveyCentres {
    surveyCentres {
      id
      name
    }
  }
`);

export const CreateSurveyDocument = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const UpdateSurveyDocument = graphql(`
  mutation UpdateSurvey($input: UpdateSurveyInput!) {
    updateSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const CloseSurveyDocument = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const IssueSurveyCodesDocument = graphql(`
  mutation IssueSurveyCodes($input: IssueSurveyCodesInput!) {
    issueSurveyCodes(input: $input) {
      codes
      batch {
        id
        size
        issuedWeek
        label
      }
    }
  }
`);

export const SurveyResultsDocument = graphql(`
  query SurveyResults($id: ID!) {
    surveyResults(id: $id) {
      surveyId
      title
      minAnswers
      threshold
      scopes {
        centreId
        centreName
        answers
        hiddenReason
        questions {
          questionId
          kind
          text
          mean
          answered
          options {
            option
            count
            hiddenReason
          }
          textAnswers
        }
      }
    }
  }
`);

export const SurveyResultsFileDocument = graphql(`
  query SurveyResultsFile($id: ID!, $format: SurveyFileFormat!) {
    surveyResultsFile(id: $id, format: $format) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const SurveyByCodeDocument = graphql(`
  query SurveyByCode($code: String!) {
    surveyByCode(code: $code) {
      state
      message
      title
      intro
      closesOn
      questions {
        ...SurveyQuestionFields
      }
    }
  }
`);

export const AnswerSurveyDocument = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      outcome
      message
    }
  }
`);
