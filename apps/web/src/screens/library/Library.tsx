import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { MaterialCardFieldsFragment } from '../../gql/graphql';
import { MaterialsDocument, SearchMaterialsDocument } from '../../graphql/library-operations';
import { STAFF } from '../../navigation';
import { useSession } from '../../session/session';
import { texts } from '../../texts';

const t = texts.library;

/**
 * National and the centre's own material, by title or by search; the search and the filter live
 * in the address, so the back button returns to the same hits.
 */
export function Library() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const scope = params.get('scope') ?? '';
  const [typed, setTyped] = useState(query);
  const [tooShort, setTooShort] = useState(false);
  const author = Boolean(me?.activeRole && STAFF.includes(me.activeRole));

  function search(event: FormEvent) {
    event.preventDefault();
    const words = typed.trim();
    if (words.length > 0 && words.length < 2) return setTooShort(true);
    setTooShort(false);
    setParams(words ? { q: words } : scope ? { scope } : {});
  }

  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {author && (
        <div className="own-actions">
          <Button asChild>
            <Link to="/bibliotek/ny">{t.newMaterial}</Link>
          </Button>
          <Button asChild variant="secondary">
            <Link to="/bibliotek/lesestatus">{t.readingStatus}</Link>
          </Button>
        </div>
      )}
      <form role="search" onSubmit={search} className="library-search">
        <Textfield
          id="library-query"
          type="search"
          label={t.searchLabel}
          description={t.searchHint}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={tooShort ? t.searchTooShort : undefined}
        />
        <div className="own-actions">
          <Button type="submit">{t.search}</Button>
          {query && (
            <Button
              variant="secondary"
              onClick={() => {
                setTyped('');
                setParams({});
              }}
            >
              {t.clearSearch}
            </Button>
          )}
        </div>
      </form>
      {query ? (
        <SearchHits query={query} />
      ) : (
        <>
          <Field className="library-scope">
            <Label htmlFor="library-scope">{t.scopeLabel}</Label>
            <Select
              id="library-scope"
              value={scope}
              onChange={(e) => setParams(e.target.value ? { scope: e.target.value } : {})}
            >
              <Select.Option value="">{t.scopeAll}</Select.Option>
              <Select.Option value="NATIONAL">{t.scope['NATIONAL']}</Select.Option>
              <Select.Option value="CENTRE">{t.scope['CENTRE']}</Select.Option>
            </Select>
          </Field>
          <MaterialList scope={scope || null} />
        </>
      )}
    </>
  );
}

function MaterialList({ scope }: { scope: string | null }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MaterialsDocument, {
    variables: { scope, offset: 0 },
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const page = data?.materials;
  if (!page || page.items.length === 0) return <Empty>{t.noMaterials}</Empty>;
  return (
    <>
      <ul className="plain-list material-list">
        {page.items.map((material) => (
          <li key={material.id}>
            <MaterialCard material={material} />
          </li>
        ))}
      </ul>
      {page.hasMore && (
        <>
          <Paragraph data-size="sm">{t.count(page.items.length, page.totalCount)}</Paragraph>
          <Button
            variant="secondary"
            onClick={() =>
              void fetchMore({
                variables: { offset: page.items.length },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  materials: {
                    ...fetchMoreResult.materials,
                    items: [...previous.materials.items, ...fetchMoreResult.materials.items],
                  },
                }),
              })
            }
          >
            {t.more}
          </Button>
        </>
      )}
    </>
  );
}

function SearchHits({ query }: { query: string }) {
  const { data, loading, error, refetch } = useQuery(SearchMaterialsDocument, {
    variables: { query },
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  const page = data?.searchMaterials;
  if (!page || page.items.length === 0) return <Empty>{t.noHits(query)}</Empty>;
  return (
    <>
      <Paragraph role="status">{t.hits(page.totalCount, query)}</Paragraph>
      <ul className="plain-list material-list">
        {page.items.map((hit) => (
          <li key={hit.material.id}>
            <MaterialCard material={hit.material} excerpt={hit.excerpt} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function MaterialCard({
  material,
  excerpt,
}: {
  material: MaterialCardFieldsFragment;
  excerpt?: string;
}) {
  return (
    <Card data-color="neutral" className="material-card">
      <Heading level={2} data-size="xs">
        <Link to={`/bibliotek/${material.id}`}>{material.current.title}</Link>
      </Heading>
      <div className="tags">
        <Tag data-color={material.scope === 'NATIONAL' ? 'info' : 'neutral'}>
          {t.scope[material.scope] ?? material.scope}
        </Tag>
        {!material.published && <Tag data-color="warning">{t.draft}</Tag>}
        {material.tags.map((tag) => (
          <Tag key={tag} data-color="neutral" data-size="sm">
            {tag}
          </Tag>
        ))}
      </div>
      {excerpt ? (
        <Paragraph data-size="sm" className="excerpt">
          {markedExcerpt(excerpt)}
        </Paragraph>
      ) : (
        material.current.summary && <Paragraph data-size="sm">{material.current.summary}</Paragraph>
      )}
    </Card>
  );
}

/**
 * The API marks matches with « and »: shown as <mark>, and nothing else taken as markup. The
 * excerpt is cut from the Markdown source, so its heading, list and emphasis signs are dropped.
 */
export function markedExcerpt(excerpt: string): ReactNode[] {
  return excerpt
    .split(/«([^»]*)»/)
    .map((part, i) =>
      i % 2 === 1 ? (
        <mark key={i}>{withoutMarkdown(part)}</mark>
      ) : (
        <Fragment key={i}>{withoutMarkdown(part)}</Fragment>
      ),
    );
}

export function withoutMarkdown(text: string): string {
  return text
    .replace(/(^|\s)#{1,6}(?=\s)/g, '$1')
    .replace(/(^|\s)[-+](?=\s)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s{2,}/g, ' ');
}
