import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { NavLink, Outlet } from 'react-router';

import { type Me, useSession } from '../session/session';
import { texts } from '../texts';

/**
 * The shell for the national office, who work in no centre: the analyst's national report, the
 * platform admin's centres.
 */
export function PlatformLayout({ me }: { me: Me }) {
  const { signOut } = useSession();
  const t = texts.platform;
  return (
    <>
      <SkipLink href="#main">{texts.skipToContent}</SkipLink>
      <header className="app-header">
        <div className="app-header__top">
          <span className="app-name">{texts.appName}</span>
          <div className="app-header__who">
            <Paragraph data-size="sm" className="centre-name">
              {t.office}
            </Paragraph>
            <Paragraph data-size="sm" className="who">
              {texts.session.signedInAs(me.displayName)}
              {me.platformRole ? ` (${t.role[me.platformRole]})` : ''}
            </Paragraph>
            <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
              {texts.session.signOut}
            </Button>
          </div>
        </div>
        <nav aria-label={texts.nav.label} className="app-nav">
          {me.platformRole === 'NATIONAL_ANALYST' && (
            <NavLink to="/nasjonalt">{t.nationalNav}</NavLink>
          )}
          {me.platformRole === 'PLATFORM_ADMIN' && (
            <NavLink to="/plattform/sentre">{t.centresNav}</NavLink>
          )}
        </nav>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </>
  );
}
