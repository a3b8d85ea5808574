import { Navigate, Route, Routes } from 'react-router';

import { GroupFinder } from './GroupFinder';
import { InterestForm } from './InterestForm';
import { PublicLayout } from './PublicLayout';

/**
 * The pages a centre links to from its own web site: /sentre/bergen, and /sentre/bergen/finn-gruppe
 * and /sentre/bergen/meld-interesse below it. main.tsx sends every /sentre address here.
 */
export function PublicRoutes() {
  return (
    <Routes>
      <Route path="/sentre/:slug" element={<PublicLayout />}>
        <Route
          index
          element={
            <>
              <GroupFinder headingLevel={2} />
              <InterestForm headingLevel={2} />
            </>
          }
        />
        <Route path="finn-gruppe" element={<GroupFinder headingLevel={1} />} />
        <Route path="meld-interesse" element={<InterestForm headingLevel={1} />} />
        <Route path="*" element={<Navigate to="." replace />} />
      </Route>
      <Route path="*" element={<PublicLayout />} />
    </Routes>
  );
}
