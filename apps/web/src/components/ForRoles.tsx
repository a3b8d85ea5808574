import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link, Outlet } from 'react-router';

import { homeFor, type Role } from '../navigation';
import { texts } from '../texts';
import { PageHeading } from './states';

/**
 * The pages under it, for the roles named; anyone else gets a page that says so in words and
 * shows the way home, instead of the API's refusal.
 */
export function ForRoles({ roles, mine }: { roles: readonly Role[]; mine: readonly Role[] }) {
  if (mine.some((role) => roles.includes(role))) return <Outlet />;
  return <NotForYourRole mine={mine} />;
}

export function NotForYourRole({ mine }: { mine: readonly Role[] }) {
  const t = texts.self;
  const centreRole = mine.find((role) => role in texts.enums.role) as
    | keyof typeof texts.enums.role
    | undefined;
  return (
    <>
      <PageHeading title={t.notForRoleTitle}>{t.notForRoleTitle}</PageHeading>
      <Paragraph>
        {centreRole ? t.notForRole(texts.enums.role[centreRole]) : t.notForNoRole}
      </Paragraph>
      <Button asChild variant="secondary">
        <Link to={homeFor(mine)}>{t.goHome}</Link>
      </Button>
    </>
  );
}
