import { Navigate, Route, Routes } from 'react-router';

import { AnswerSurvey } from '../surveys/AnswerSurvey';
import { GroupFinder } from './GroupFinder';
import { InterestForm } from './InterestForm';
import { PublicLayout } from './PublicLayout';

/**
 * The pages a centre links to from its own web site: /sentre/bergen, and /sentre/bergen/finn-gruppe
 * and /sentre/bergen/meld-interesse below it; and /svar, where a survey is answered with a code.
 * main.tsx sends these addresses here.
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
      <Route path="/svar" element={<AnswerSurvey />} />
      <Route path="*" element={<PublicLayout />} />
    </Routes>
  );
}
