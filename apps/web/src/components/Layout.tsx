import { Button, Label, Paragraph, Select, SkipLink } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Outlet } from 'react-router';

import { messageOf } from '../graphql/errors';
import { rolesOf } from '../navigation';
import { centresOf, type Me, useSession } from '../session/session';
import { texts } from '../texts';
import { MainNav } from './MainNav';

export function Layout({ me }: { me: Me }) {
  const { signOut, switchCentre } = useSession();
  const [switchError, setSwitchError] = useState<string | null>(null);
  const centres = centresOf(me);
  const t = texts.session;
  return (
    <>
      <SkipLink href="#main">{texts.skipToContent}</SkipLink>
      <header className="app-header">
        <div className="app-header__top">
          <span className="app-name">{texts.appName}</span>
          <div className="app-header__who">
            {centres.length > 1 ? (
              <div className="centre-switch">
                <Label htmlFor="centre-switch">{t.switchCentre}</Label>
                <Select
                  id="centre-switch"
                  data-size="sm"
                  value={me.activeCentre?.slug ?? ''}
                  onChange={(e) =>
                    switchCentre(e.target.value).then(
                      () => setSwitchError(null),
                      (error: unknown) => setSwitchError(messageOf(error)),
                    )
                  }
                >
                  {centres.map((c) => (
                    <Select.Option key={c.slug} value={c.slug}>
                      {c.name}
                    </Select.Option>
                  ))}
                </Select>
              </div>
            ) : (
              <Paragraph data-size="sm" className="centre-name">
                {me.activeCentre?.name}
              </Paragraph>
            )}
            <Paragraph data-size="sm" className="who">
              {t.signedInAs(me.displayName)}
              {me.activeRole ? ` (${texts.enums.role[me.activeRole]})` : ''}
            </Paragraph>
            <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
              {t.signOut}
            </Button>
          </div>
        </div>
        {switchError && (
          <Paragraph role="alert" className="header-error">
            {switchError}
          </Paragraph>
        )}
        <MainNav roles={rolesOf(me)} />
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </>
  );
}
