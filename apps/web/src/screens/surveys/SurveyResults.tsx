import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { Chart } from '../../components/charts/Chart';
import { LoadError, Loading, PageHeading } from '../../components/states';
import type { SurveyFileFormat, SurveyResultsQuery } from '../../gql/graphql';
import { messageOf } from '../../graphql/errors';
import { SurveyResultsDocument, SurveyResultsFileDocument } from '../../graphql/survey-operations';
import { texts } from '../../texts';

const t = texts.surveys;

type Results = SurveyResultsQuery['surveyResults'];
type Scope = Results['scopes'][number];

/** A survey's protected results: per centre (and all together), a chart and table per question. */
export function SurveyResults() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SurveyResultsDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadError error={error} retry={() => void refetch()} />;
  const results = data.surveyResults;
  const heading = t.resultsTitle(results.title);
  return (
    <section className="survey-results">
      <PageHeading title={heading}>{heading}</PageHeading>
      <Paragraph>
        <Link to={`/undersokelser/${results.surveyId}`}>{results.title}</Link>
      </Paragraph>
      <Downloads surveyId={results.surveyId} />
      {results.scopes.map((scope) => (
        <ScopeResults key={scope.centreId ?? 'all'} scope={scope} results={results} />
      ))}
    </section>
  );
}

function ScopeResults({ scope, results }: { scope: Scope; results: Results }) {
  const several = results.scopes.length > 1;
  return (
    <Card data-color="neutral" className="survey-scope">
      <Heading level={2} data-size="sm">
        {scope.centreId === null ? t.allCentres : scope.centreName}
        {scope.answers !== null && ` – ${t.answers(scope.answers)}`}
      </Heading>
      {scope.answers === null ? (
        <Paragraph>{t.hiddenScope(results.minAnswers)}</Paragraph>
      ) : (
        scope.questions.map((question, index) => {
          const title = `${index + 1}. ${question.text}`;
          if (question.kind === 'TEXT') {
            return (
              <div key={question.questionId} className="survey-free-text">
                <Heading level={3} data-size="xs">
                  {title}
                </Heading>
                <Paragraph data-size="sm">{t.freeTextCount(question.answered ?? null)}</Paragraph>
                {question.textAnswers.length > 0 ? (
                  <>
                    <Paragraph data-size="sm">{t.freeText}</Paragraph>
                    <ul className="survey-free-text__list">
                      {question.textAnswers.map((text, i) => (
                        <li key={i}>{text}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <Paragraph data-size="sm">
                    {several || scope.centreId === null ? t.freeTextNotHere : t.noFreeText}
                  </Paragraph>
                )}
              </div>
            );
          }
          return (
            <div key={question.questionId} className="survey-question-result">
              <Chart
                kind="bar"
                title={title}
                categoryLabel={t.option}
                categories={question.options.map((o) => o.option)}
                series={[
                  {
                    label: t.count,
                    values: question.options.map((o) => ({
                      value: o.count ?? null,
                      note: o.hiddenReason ? t.hidden[o.hiddenReason] : undefined,
                    })),
                  },
                ]}
                footnote={
                  question.kind === 'SCALE'
                    ? `${question.mean != null ? t.mean(question.mean) : t.meanNone}. ${t.scaleHint}.`
                    : undefined
                }
              />
            </div>
          );
        })
      )}
      {scope.answers !== null && (
        <Paragraph data-size="sm">{t.footnote(results.threshold)}</Paragraph>
      )}
    </Card>
  );
}

function Downloads({ surveyId }: { surveyId: string }) {
  const client = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  async function download(format: SurveyFileFormat) {
    try {
      const { data } = await client.query({
        query: SurveyResultsFileDocument,
        variables: { id: surveyId, format },
        fetchPolicy: 'no-cache',
      });
      if (!data) return;
      const file = data.surveyResultsFile;
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.click();
      URL.revokeObjectURL(url);
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }
  return (
    <div className="board-actions">
      <span>{t.download}:</span>
      <Button variant="secondary" data-size="sm" onClick={() => void download('CSV')}>
        {t.csv}
      </Button>
      <Button variant="secondary" data-size="sm" onClick={() => void download('XLSX')}>
        {t.xlsx}
      </Button>
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
