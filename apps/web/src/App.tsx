import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';

import { Layout } from './components/Layout';
import { LoadError, Loading } from './components/states';
import { createClient } from './graphql/client';
import { ChooseCentre } from './screens/ChooseCentre';
import { GroupPage } from './screens/groups/Group';
import { GroupProposals } from './screens/groups/GroupProposals';
import { GroupsBoard } from './screens/groups/GroupsBoard';
import { NewGroup } from './screens/groups/NewGroup';
import { Inquiries } from './screens/Inquiries';
import { Intake } from './screens/Intake';
import { Participant } from './screens/Participant';
import { RegisterInquiry } from './screens/RegisterInquiry';
import { Rooms } from './screens/Rooms';
import { SignIn } from './screens/SignIn';
import { AnswerSurvey } from './screens/surveys/AnswerSurvey';
import { SurveyForm } from './screens/surveys/SurveyForm';
import { SurveyPage } from './screens/surveys/SurveyPage';
import { SurveyResults } from './screens/surveys/SurveyResults';
import { Surveys } from './screens/surveys/Surveys';
import { Today } from './screens/Today';
import { Waitlist } from './screens/Waitlist';
import { SessionProvider, useSession } from './session/session';

export function App() {
  const [client] = useState(createClient);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <SessionProvider>
          <Screens />
        </SessionProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}

function Screens() {
  const { signedIn, me, loading, error } = useSession();
  const { pathname } = useLocation();
  // Anonymous surveys: the answering page needs no sign-in (and shows no staff header).
  if (pathname === '/svar') return <AnswerSurvey />;
  if (!signedIn) return <SignIn />;
  if (loading) {
    return (
      <main id="main" className="sign-in">
        <Loading />
      </main>
    );
  }
  if (!me) {
    return (
      <main id="main" className="sign-in">
        <LoadError error={error} retry={() => window.location.reload()} />
      </main>
    );
  }
  if (!me.activeCentre) return <ChooseCentre me={me} />;
  return (
    <Routes>
      <Route element={<Layout me={me} />}>
        <Route path="/i-dag" element={<Today />} />
        <Route path="/henvendelser" element={<Inquiries />} />
        <Route path="/henvendelser/ny" element={<RegisterInquiry me={me} />} />
        <Route path="/henvendelser/:id" element={<Intake />} />
        <Route path="/venteliste" element={<Waitlist me={me} />} />
        <Route path="/grupper" element={<GroupsBoard />} />
        <Route path="/grupper/forslag" element={<GroupProposals />} />
        <Route path="/grupper/ny" element={<NewGroup me={me} />} />
        <Route path="/grupper/:id" element={<GroupPage />} />
        <Route path="/deltakere/:id" element={<Participant />} />
        <Route path="/rom" element={<Rooms me={me} />} />
        <Route path="/undersokelser" element={<Surveys />} />
        <Route path="/undersokelser/ny" element={<SurveyForm />} />
        <Route path="/undersokelser/:id" element={<SurveyPage />} />
        <Route path="/undersokelser/:id/endre" element={<SurveyForm />} />
        <Route path="/undersokelser/:id/resultater" element={<SurveyResults />} />
        <Route path="*" element={<Navigate to="/i-dag" replace />} />
      </Route>
    </Routes>
  );
}
