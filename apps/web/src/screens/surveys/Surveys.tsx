import { useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { SurveyStatus } from '../../gql/graphql';
import { SurveysDocument } from '../../graphql/survey-operations';
import { formatDate, texts } from '../../texts';

const t = texts.surveys;

export const STATUS_COLOUR: Record<SurveyStatus, 'info' | 'success' | 'neutral'> = {
  PLANNED: 'info',
  OPEN: 'success',
  CLOSED: 'neutral',
};

/** The centre's surveys and the national ones it takes part in, newest first. */
export function Surveys() {
  const { data, loading, error, refetch } = useQuery(SurveysDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="surveys">
      <PageHeading title={t.listTitle}>{t.listTitle}</PageHeading>
      <Paragraph>{t.listIntro}</Paragraph>
      <div className="board-actions">
        <Button asChild>
          <Link to="/undersokelser/ny">{t.newSurvey}</Link>
        </Button>
      </div>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : data?.surveys.length === 0 ? (
        <Empty>{t.none}</Empty>
      ) : (
        <ul className="survey-list">
          {data?.surveys.map((survey) => (
            <li key={survey.id}>
              <Card data-color="neutral" className="survey-card">
                <Heading level={2} data-size="xs">
                  <Link to={`/undersokelser/${survey.id}`}>{survey.title}</Link>
                </Heading>
                <div className="survey-card__tags">
                  <Tag data-color={STATUS_COLOUR[survey.status]}>{t.status[survey.status]}</Tag>
                  {survey.national && <Tag data-color="accent">{t.national}</Tag>}
                </div>
                <Paragraph data-size="sm">
                  {t.period(formatDate(survey.opensOn), formatDate(survey.closesOn))}
                  {!survey.ownedHere && ` · ${t.ownedBy(survey.ownerName)}`}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
