import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

import { ForRoles } from './components/ForRoles';
import { Layout } from './components/Layout';
import { PlatformLayout } from './components/PlatformLayout';
import { LoadError, Loading } from './components/states';
import { createClient } from './graphql/client';
import { ADMINS, EVERYONE, homeFor, rolesOf, STAFF } from './navigation';
import { AuditLog } from './screens/admin/AuditLog';
import { Centres } from './screens/admin/Centres';
import { CentreSettings } from './screens/admin/CentreSettings';
import { Partners } from './screens/admin/Partners';
import { Staff } from './screens/admin/Staff';
import { ChooseCentre } from './screens/ChooseCentre';
import { CoursePage } from './screens/courses/Course';
import { Courses } from './screens/courses/Courses';
import { GroupPage } from './screens/groups/Group';
import { GroupProposals } from './screens/groups/GroupProposals';
import { GroupsBoard } from './screens/groups/GroupsBoard';
import { NewGroup } from './screens/groups/NewGroup';
import { Inquiries } from './screens/Inquiries';
import { Intake } from './screens/Intake';
import { Participant } from './screens/Participant';
import { RegisterInquiry } from './screens/RegisterInquiry';
import { EditMaterial, NewMaterial } from './screens/library/EditMaterial';
import { Library } from './screens/library/Library';
import { MaterialPage } from './screens/library/MaterialPage';
import { RequiredReadingStatus } from './screens/library/RequiredReadingStatus';
import { Rooms } from './screens/Rooms';
import { OwnPage } from './screens/self/OwnPage';
import { FiguresReport } from './screens/reports/FiguresReport';
import { FunderReports } from './screens/reports/FunderReports';
import { SinceTheStart } from './screens/reports/SinceTheStart';
import { SignIn } from './screens/SignIn';
import { SurveyForm } from './screens/surveys/SurveyForm';
import { SurveyPage } from './screens/surveys/SurveyPage';
import { SurveyResults } from './screens/surveys/SurveyResults';
import { Surveys } from './screens/surveys/Surveys';
import { Today } from './screens/Today';
import { StarterDirectory } from './screens/volunteers/StarterDirectory';
import { VolunteerPage } from './screens/volunteers/Volunteer';
import { Volunteers } from './screens/volunteers/Volunteers';
import { Waitlist } from './screens/Waitlist';
import { type Me, SessionProvider, useSession } from './session/session';

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
  if (!me.activeCentre && me.platformRole && me.memberships.length === 0) {
    return <PlatformScreens me={me} />;
  }
  if (!me.activeCentre) return <ChooseCentre me={me} />;
  const roles = rolesOf(me);
  return (
    <Routes>
      <Route element={<Layout me={me} />}>
        <Route element={<ForRoles roles={STAFF} mine={roles} />}>
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
          <Route path="/kurs" element={<Courses />} />
          <Route path="/kurs/:id" element={<CoursePage />} />
          <Route path="/frivillige" element={<Volunteers />} />
          <Route path="/frivillige/:id" element={<VolunteerPage />} />
          <Route path="/igangsettere" element={<StarterDirectory />} />
          <Route path="/rapporter" element={<FiguresReport scope="CENTRE" />} />
          <Route path="/rapporter/tilskudd" element={<FunderReports scope="CENTRE" />} />
          <Route path="/rapporter/siden-starten" element={<SinceTheStart scope="CENTRE" />} />
          <Route path="/undersokelser" element={<Surveys />} />
          <Route path="/undersokelser/ny" element={<SurveyForm />} />
          <Route path="/undersokelser/:id" element={<SurveyPage />} />
          <Route path="/undersokelser/:id/endre" element={<SurveyForm />} />
          <Route path="/undersokelser/:id/resultater" element={<SurveyResults />} />
          {/* Library authors (web-self) */}
          <Route path="/bibliotek/ny" element={<NewMaterial me={me} />} />
          <Route path="/bibliotek/:id/rediger" element={<EditMaterial />} />
          <Route path="/bibliotek/lesestatus" element={<RequiredReadingStatus />} />
        </Route>
        <Route element={<ForRoles roles={ADMINS} mine={roles} />}>
          <Route path="/admin" element={<Navigate to="/admin/ansatte" replace />} />
          <Route path="/admin/ansatte" element={<Staff />} />
          <Route path="/admin/innstillinger" element={<CentreSettings />} />
          <Route path="/admin/samarbeid" element={<Partners />} />
          <Route path="/admin/logg" element={<AuditLog />} />
        </Route>
        {/* Own page and library, for every role (web-self) */}
        <Route element={<ForRoles roles={EVERYONE} mine={roles} />}>
          <Route path="/min-side" element={<OwnPage me={me} />} />
          <Route path="/bibliotek" element={<Library />} />
          <Route path="/bibliotek/:id" element={<MaterialPage />} />
        </Route>
        <Route path="*" element={<Navigate to={homeFor(roles)} replace />} />
      </Route>
    </Routes>
  );
}

/** The national office works in no centre: the analyst's reports, the platform admin's centres. */
function PlatformScreens({ me }: { me: Me }) {
  const home = me.platformRole === 'PLATFORM_ADMIN' ? '/plattform/sentre' : '/nasjonalt';
  return (
    <Routes>
      <Route element={<PlatformLayout me={me} />}>
        {me.platformRole === 'NATIONAL_ANALYST' && (
          <>
            <Route path="/nasjonalt" element={<FiguresReport scope="NATIONAL" />} />
            <Route path="/nasjonalt/tilskudd" element={<FunderReports scope="NATIONAL" />} />
            <Route path="/nasjonalt/siden-starten" element={<SinceTheStart scope="NATIONAL" />} />
          </>
        )}
        {me.platformRole === 'PLATFORM_ADMIN' && (
          <Route path="/plattform/sentre" element={<Centres />} />
        )}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Route>
    </Routes>
  );
}
