import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

import { ForRoles } from './components/ForRoles';
import { Layout } from './components/Layout';
import { LoadError, Loading } from './components/states';
import { createClient } from './graphql/client';
import { EVERYONE, homeFor, rolesOf, STAFF } from './navigation';
import { ChooseCentre } from './screens/ChooseCentre';
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
import { SignIn } from './screens/SignIn';
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
          {/* Library authors (web-self) */}
          <Route path="/bibliotek/ny" element={<NewMaterial me={me} />} />
          <Route path="/bibliotek/:id/rediger" element={<EditMaterial />} />
          <Route path="/bibliotek/lesestatus" element={<RequiredReadingStatus />} />
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
