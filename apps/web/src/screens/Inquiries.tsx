import { useQuery } from '@apollo/client/react';
import { Button, Heading, Table, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../components/states';
import type { SlaState } from '../gql/graphql';
import { OpenInquiriesDocument } from '../graphql/operations';
import { formatDateTime, texts } from '../texts';

const t = texts.inquiries;

export function SlaTag({ state }: { state: SlaState }) {
  const color =
    state === 'OVERDUE' || state === 'MISSED' ? 'danger' : state === 'PENDING' ? 'info' : 'success';
  return <Tag data-color={color}>{texts.enums.sla[state]}</Tag>;
}

export function Inquiries() {
  const { data, loading, error, refetch } = useQuery(OpenInquiriesDocument);
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Button asChild>
        <Link to="/henvendelser/ny">{t.register}</Link>
      </Button>
      <Heading level={2} data-size="sm" className="section-heading">
        {t.openTitle}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.inquiries.items.length === 0 ? (
          <Empty>{t.none}</Empty>
        ) : (
          <Table data-size="sm" className="responsive-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.displayName}</Table.HeaderCell>
                <Table.HeaderCell>{t.received}</Table.HeaderCell>
                <Table.HeaderCell>{texts.intake.channel}</Table.HeaderCell>
                <Table.HeaderCell>{t.answer}</Table.HeaderCell>
                <Table.HeaderCell>{t.conversation}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.inquiries.items.map((inquiry) => (
                <Table.Row key={inquiry.id}>
                  <Table.Cell data-label={t.displayName}>
                    <Link to={`/henvendelser/${inquiry.id}`}>
                      {inquiry.participant.displayName}
                    </Link>
                  </Table.Cell>
                  <Table.Cell data-label={t.received}>
                    {formatDateTime(inquiry.receivedAt)}
                  </Table.Cell>
                  <Table.Cell data-label={texts.intake.channel}>
                    {texts.enums.channel[inquiry.channel]}
                    {inquiry.source === 'PUBLIC_FORM' && (
                      <>
                        {' '}
                        <Tag data-color="info">{texts.people.fromPublicForm}</Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell data-label={t.answer}>
                    <SlaTag state={inquiry.answerState} />
                  </Table.Cell>
                  <Table.Cell data-label={t.conversation}>
                    <SlaTag state={inquiry.conversationState} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ))}
    </>
  );
}
