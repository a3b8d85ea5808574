import { useQuery } from '@apollo/client/react';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { GroupCardFieldsFragment, GroupStatus } from '../../gql/graphql';
import { GroupProposalsDocument, GroupsBoardDocument } from '../../graphql/group-operations';
import { texts } from '../../texts';
import { STATUS_ORDER, statusColor, statusName, weeklyTime } from './group-format';

const t = texts.groups;
export const BOARD_PAGE_SIZE = 20;

/** The centre's groups, one section per status, each paged as the API pages. */
export function GroupsBoard() {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('status') as GroupStatus | null;
  const status = chosen && STATUS_ORDER.includes(chosen) ? chosen : null;
  const proposals = useQuery(GroupProposalsDocument);
  const shown = status ? [status] : STATUS_ORDER;
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <div className="board-actions">
        <Button asChild>
          <Link to="/grupper/ny">{t.newGroup}</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link to="/grupper/forslag">
            {t.proposalsLink(proposals.data?.groupProposals.length ?? 0)}
          </Link>
        </Button>
      </div>
      <Field className="board-filter">
        <Label htmlFor="board-status">{t.filterStatus}</Label>
        <Select
          id="board-status"
          value={status ?? ''}
          onChange={(e) =>
            setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })
          }
        >
          <Select.Option value="">{t.allStatuses}</Select.Option>
          {STATUS_ORDER.map((s) => (
            <Select.Option key={s} value={s}>
              {statusName(s)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="board">
        {shown.map((s) => (
          <StatusSection key={s} status={s} />
        ))}
      </div>
    </>
  );
}

function StatusSection({ status }: { status: GroupStatus }) {
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(GroupsBoardDocument, {
    variables: { statuses: [status], limit: BOARD_PAGE_SIZE, offset },
  });
  const page = data?.groups;
  const headingId = `status-${status}`;
  return (
    <section aria-labelledby={headingId} className="board__section">
      <Heading level={2} data-size="sm" id={headingId}>
        {statusName(status)}
        {page && <span className="board__count"> ({t.sectionCount(page.totalCount)})</span>}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {page &&
        (page.items.length === 0 ? (
          <Empty>{t.noneInStatus}</Empty>
        ) : (
          <>
            <GroupTable groups={page.items} />
            {page.totalCount > BOARD_PAGE_SIZE && (
              <nav aria-label={`${statusName(status)}: sider`} className="pager">
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - BOARD_PAGE_SIZE))}
                >
                  {t.previous}
                </Button>
                <Paragraph data-size="sm" role="status">
                  {t.pageOf(offset + 1, offset + page.items.length, page.totalCount)}
                </Paragraph>
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={!page.hasMore}
                  onClick={() => setOffset(offset + BOARD_PAGE_SIZE)}
                >
                  {t.next}
                </Button>
              </nav>
            )}
          </>
        ))}
    </section>
  );
}

function GroupTable({ groups }: { groups: GroupCardFieldsFragment[] }) {
  return (
    <Table data-size="sm" className="responsive-table">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.name}</Table.HeaderCell>
          <Table.HeaderCell>{t.when}</Table.HeaderCell>
          <Table.HeaderCell>{t.members}</Table.HeaderCell>
          <Table.HeaderCell>{t.starter}</Table.HeaderCell>
          <Table.HeaderCell>{t.room}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {groups.map((g) => (
          <Table.Row key={g.id}>
            <Table.Cell data-label={t.name}>
              <Link to={`/grupper/${g.id}`}>{g.name}</Link>{' '}
              <Tag data-size="sm" data-color={statusColor(g.status)}>
                {statusName(g.status)}
              </Tag>
              {g.theme && <span className="relative"> – {g.theme}</span>}
            </Table.Cell>
            <Table.Cell data-label={t.when}>{weeklyTime(g)}</Table.Cell>
            <Table.Cell data-label={t.members}>
              {g.kind === 'OPEN' ? t.openGroupMembers : t.membersOf(g.memberCount, g.capacity)}
            </Table.Cell>
            <Table.Cell data-label={t.starter}>
              {g.starters.length ? g.starters.map((s) => s.displayName).join(', ') : t.noStarter}
            </Table.Cell>
            <Table.Cell data-label={t.room}>
              {g.format === 'DIGITAL' ? t.digital : (g.room?.name ?? t.noRoom)}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
