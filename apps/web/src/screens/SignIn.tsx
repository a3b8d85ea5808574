import { Alert, Button, Card, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { FormErrors, fieldId } from '../components/form-errors';
import { PageHeading } from '../components/states';
import { formProblems, type FormProblems } from '../graphql/errors';
import { useSession } from '../session/session';
import { signedOutNotice } from '../session/tokens';
import { texts } from '../texts';

const NO_PROBLEMS: FormProblems = { fields: {}, message: null };

export function SignIn() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [notice] = useState(signedOutNotice);
  const t = texts.session;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!email.trim()) fields['email'] = t.emailRequired;
    if (!password) fields['password'] = t.passwordRequired;
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    setBusy(true);
    try {
      await signIn(email.trim(), password);
    } catch (error) {
      setProblems(formProblems(error));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <Card data-color="neutral">
        <PageHeading title={t.signInTitle}>{t.signInTitle}</PageHeading>
        <Paragraph>{t.signInIntro}</Paragraph>
        {notice && problems === NO_PROBLEMS && (
          <Alert data-color="info">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
        <form onSubmit={submit} noValidate className="form">
          <FormErrors
            {...problems}
            idPrefix="login"
            prefix=""
            labels={{ email: t.email, password: t.password }}
          />
          <Textfield
            id={fieldId('login', 'email')}
            label={t.email}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={problems.fields['email']}
          />
          <Textfield
            id={fieldId('login', 'password')}
            label={t.password}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={problems.fields['password']}
          />
          <Button type="submit" disabled={busy}>
            {busy ? t.signingIn : t.signIn}
          </Button>
        </form>
      </Card>
    </main>
  );
}
