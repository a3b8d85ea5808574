import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link, Outlet } from 'react-router';

import type { CentreRole } from '../gql/graphql';
import { homeFor } from '../navigation';
import { texts } from '../texts';
import { PageHeading } from './states';

/**
 * The pages under it, for the roles named; anyone else gets a page that says so in words and
 * shows the way home, instead of the API's refusal.
 */
export function ForRoles({
  roles,
  role,
}: {
  roles: readonly CentreRole[];
  role: CentreRole | null | undefined;
}) {
  if (role && roles.includes(role)) return <Outlet />;
  return <NotForYourRole role={role} />;
}

export function NotForYourRole({ role }: { role: CentreRole | null | undefined }) {
  const t = texts.self;
  return (
    <>
      <PageHeading title={t.notForRoleTitle}>{t.notForRoleTitle}</PageHeading>
      <Paragraph>{role ? t.notForRole(texts.enums.role[role]) : t.notForNoRole}</Paragraph>
      <Button asChild variant="secondary">
        <Link to={homeFor(role)}>{t.goHome}</Link>
      </Button>
    </>
  );
}
