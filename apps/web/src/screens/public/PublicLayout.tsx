import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Heading, Link as DsLink, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch, useOutletContext } from 'react-router';

import { LoadError, Loading } from '../../components/states';
import { PublicCentrePageDocument, type PublicCentrePageQuery } from '../../gql/graphql';
import { texts } from '../../texts';

const t = texts.publicPages;

export type PublicCentre = PublicCentrePageQuery['publicCentre'];
export type PublicGroup = PublicCentrePageQuery['publicGroups'][number];

interface PublicPageContext {
  centre: PublicCentre;
  groups: PublicGroup[];
}

export function usePublicPage(): PublicPageContext {
  return useOutletContext<PublicPageContext>();
}

/** A centre's public pages: its name, the two links, and how to reach it. No staff chrome. */
export function PublicLayout() {
  const slug = useMatch('/sentre/:slug/*')?.params.slug ?? '';
  const landing = useMatch('/sentre/:slug') !== null;
  const { data, error, loading, refetch } = useQuery(PublicCentrePageDocument, {
    variables: { slug },
    skip: !slug,
  });
  const centre = data?.publicCentre;
  // A mistyped link: the API says NOT_FOUND (no such centre) or BAD_USER_INPUT (no slug at all).
  const unknown =
    !slug ||
    (CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) =>
        ['NOT_FOUND', 'BAD_USER_INPUT'].includes(`${e.extensions?.['code']}`),
      ));

  return (
    <>
      <SkipLink href="#main">{texts.skipToContent}</SkipLink>
      <header className="public-header">
        <div className="public-header__inner">
          {centre ? (
            <Link to={`/sentre/${centre.slug}`} className="public-header__name">
              {centre.name}
            </Link>
          ) : (
            <span className="public-header__name">{texts.appName}</span>
          )}
          {centre && (
            <nav aria-label={t.pageTitle(centre.name)} className="public-nav">
              <NavLink to={`/sentre/${centre.slug}/finn-gruppe`}>{t.finderTitle}</NavLink>
              <NavLink to={`/sentre/${centre.slug}/meld-interesse`}>{t.formTitle}</NavLink>
            </nav>
          )}
        </div>
      </header>
      <main id="main" className="public-main">
        {unknown ? (
          <PublicHeading level={1} title={texts.appName}>
            {t.unknownCentre}
          </PublicHeading>
        ) : loading && !data ? (
          <Loading />
        ) : !data || !centre ? (
          <LoadError error={error} retry={() => void refetch()} />
        ) : (
          <>
            {landing && (
              <section className="public-intro">
                <PublicHeading level={1} title={t.pageTitle(centre.name)}>
                  {centre.name}
                </PublicHeading>
                <Paragraph>{t.intro}</Paragraph>
              </section>
            )}
            <Outlet context={{ centre, groups: data.publicGroups } satisfies PublicPageContext} />
          </>
        )}
      </main>
      {centre && <ContactFooter centre={centre} />}
    </>
  );
}

function ContactFooter({ centre }: { centre: PublicCentre }) {
  const ways = [
    centre.contactPhone && (
      <li key="phone">
        {t.phone}:{' '}
        <DsLink href={`tel:${centre.contactPhone.replace(/\s/g, '')}`}>
          {centre.contactPhone}
        </DsLink>
      </li>
    ),
    centre.contactEmail && (
      <li key="email">
        {t.email}: <DsLink href={`mailto:${centre.contactEmail}`}>{centre.contactEmail}</DsLink>
      </li>
    ),
    centre.website && (
      <li key="web">
        {t.website}:{' '}
        <DsLink href={centre.website}>{centre.website.replace(/^https?:\/\//, '')}</DsLink>
      </li>
    ),
  ].filter(Boolean);
  return (
    <footer className="public-footer">
      <div className="public-footer__inner">
        <Heading level={2} data-size="xs">
          {t.contactTitle}
        </Heading>
        <Paragraph data-size="sm">{centre.name}</Paragraph>
        {ways.length > 0 && <ul className="plain-list">{ways}</ul>}
        <Paragraph data-size="sm">{t.areaServed(listOf(centre.municipalities))}</Paragraph>
      </div>
    </footer>
  );
}

/** "Bergen, Askøy og Alver". */
function listOf(items: readonly string[]): string {
  return new Intl.ListFormat('nb-NO', { type: 'conjunction' }).format(items);
}

/**
 * A public page's heading, and the document title to match. Focused when reached by a link
 * within the pages (so a screen reader says where it landed), not on the first load.
 */
export function PublicHeading({
  level,
  title,
  children,
}: {
  level: 1 | 2;
  title?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    if (level !== 1) return;
    if (title) document.title = title;
    if (key !== 'default') ref.current?.focus();
  }, [level, title, key]);
  return (
    <Heading level={level} data-size={level === 1 ? 'lg' : 'md'} ref={ref} tabIndex={-1}>
      {children}
    </Heading>
  );
}
