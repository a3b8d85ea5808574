import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';

import { LoadError, PageHeading } from '../components/states';
import { centresOf, type Me, useSession } from '../session/session';
import { texts } from '../texts';

/** For a person in several centres who signed in without choosing one. */
export function ChooseCentre({ me }: { me: Me }) {
  const { switchCentre, signOut } = useSession();
  const [error, setError] = useState<unknown>(null);
  const t = texts.session;
  return (
    <main id="main" className="sign-in">
      <PageHeading title={t.chooseCentreTitle}>{t.chooseCentreTitle}</PageHeading>
      <Paragraph>{t.chooseCentreIntro}</Paragraph>
      {error !== null && <LoadError error={error} />}
      <ul className="plain-list">
        {centresOf(me).map((centre) => (
          <li key={centre.slug}>
            <Button variant="secondary" onClick={() => switchCentre(centre.slug).catch(setError)}>
              {t.workIn(centre.name)}
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="tertiary" onClick={() => void signOut()}>
        {t.signOut}
      </Button>
    </main>
  );
}
