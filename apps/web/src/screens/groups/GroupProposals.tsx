import { useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { GroupProposalsQuery } from '../../gql/graphql';
import { GroupProposalsDocument } from '../../graphql/group-operations';
import { texts } from '../../texts';

const t = texts.groups;

type Proposal = GroupProposalsQuery['groupProposals'][number];

/** "Tirsdag kveld, fysisk, Askøy – samlivsbrudd": what a proposal is about. */
export function proposalSummary(
  p: Pick<Proposal, 'weekday' | 'timeOfDay' | 'format' | 'municipality' | 'theme'>,
): string {
  return (
    `${texts.enums.weekday[p.weekday]} ${texts.enums.timeOfDay[p.timeOfDay].toLowerCase()}, ` +
    `${texts.enums.groupFormat[p.format].toLowerCase()}` +
    (p.municipality ? `, ${p.municipality}` : '') +
    (p.theme ? ` – ${p.theme}` : '')
  );
}

/** The address of the form that makes a proposal a group: the proposal is its people. */
export function proposalPath(p: Pick<Proposal, 'participants'>): string {
  return `/grupper/ny?deltakere=${p.participants.map((x) => x.id).join(',')}`;
}

/** What the people of a proposal share, one reason a line. */
export function Reasons({ reasons }: { reasons: Proposal['reasons'] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="reasons">
      <Paragraph data-size="sm">{t.proposalShare}:</Paragraph>
      <ul>
        {reasons.map((r, i) => (
          <li key={`${r.criterion}-${i}`}>{r.explanation}</li>
        ))}
      </ul>
    </div>
  );
}

export function GroupProposals() {
  const { data, loading, error, refetch } = useQuery(GroupProposalsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeading title={t.proposalsTitle}>{t.proposalsTitle}</PageHeading>
      <Paragraph>{t.proposalsIntro}</Paragraph>
      <Link to="/grupper">{t.back}</Link>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.groupProposals.length === 0 ? (
          <Empty>{t.noProposals}</Empty>
        ) : (
          <ul className="plain-list proposals">
            {data.groupProposals.map((p) => {
              const summary = proposalSummary(p);
              return (
                <li key={p.participants.map((x) => x.id).join()}>
                  <Card data-color="neutral">
                    <Heading level={2} data-size="xs">
                      {summary}
                    </Heading>
                    <Paragraph>
                      {t.proposalPeople(p.participants.length)}:{' '}
                      {p.participants.map((x) => x.displayName).join(', ')}
                    </Paragraph>
                    <Reasons reasons={p.reasons} />
                    <Button asChild data-size="sm" data-color="accent">
                      <Link to={proposalPath(p)} aria-label={t.createFromProposalFor(summary)}>
                        {t.createFromProposal}
                      </Link>
                    </Button>
                  </Card>
                </li>
              );
            })}
          </ul>
        ))}
    </>
  );
}
