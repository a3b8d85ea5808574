import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';

import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';

/** The addresses of screens/public/PublicRoutes.tsx: a centre's pages, answering a survey. */
const PUBLIC_PATH = /^\/(sentre(\/|$)|svar$)/;

/**
 * Two apps in one build: the public pages (per centre, and answering a survey), which load none of the staff screens, and
 * the staff app. The public pages link to nothing of the staff app, so the choice is made once.
 */
const Root = PUBLIC_PATH.test(window.location.pathname)
  ? lazy(() => import('./screens/public/PublicApp').then((m) => ({ default: m.PublicApp })))
  : lazy(() => import('./App').then((m) => ({ default: m.App })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={null}>
      <Root />
    </Suspense>
  </StrictMode>,
);
