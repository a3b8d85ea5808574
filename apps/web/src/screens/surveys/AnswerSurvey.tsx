import { ApolloProvider, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';

import { Loading } from '../../components/states';
import type { SurveyQuestionFieldsFragment } from '../../gql/graphql';
import { formProblems, type FormProblems, messageOf } from '../../graphql/errors';
import { createPublicClient } from '../../graphql/public-client';
import { AnswerSurveyDocument, SurveyByCodeDocument } from '../../graphql/survey-operations';
import { formatDate, texts } from '../../texts';

const t = texts.surveys;

type Answer = { scale?: number; choice?: string; choices?: string[]; text?: string };

/** The code from `/svar#kode=…`: in the fragment, so it never reaches a server or a Referer. */
export function codeFromFragment(hash: string): string {
  const match = /(?:^#|&)kode=([^&]*)/.exec(hash);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * A client of its own, without the staff's token or cache: an answer sent from a computer where
 * someone is signed in carries nobody's identity.
 */
export function AnswerSurvey() {
  const [client] = useState(createPublicClient);
  return (
    <ApolloProvider client={client}>
      <AnswerSurveyPage />
    </ApolloProvider>
  );
}

/**
 * The public answering page: no sign-in. The code comes from the link's fragment (then removed
 * from the address bar and history) or is typed. Phone first: one column, large targets.
 */
function AnswerSurveyPage() {
  const [code, setCode] = useState(() => codeFromFragment(window.location.hash));
  // The code being looked up: the link's at once, a typed one when the person asks.
  const [asked, setAsked] = useState(code);
  const { data, loading, error, refetch } = useQuery(SurveyByCodeDocument, {
    variables: { code: asked },
    skip: !asked,
    fetchPolicy: 'no-cache',
  });
  const [send, sending] = useMutation(AnswerSurveyDocument);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [receipt, setReceipt] = useState<{ outcome: string; message: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${t.answerTitle} – LINK`;
    document.documentElement.lang = 'nb';
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    if (receipt) statusRef.current?.focus();
  }, [receipt]);

  const survey = data?.surveyByCode;
  const open = survey?.state === 'OK' && !receipt;

  function onOpen(event: FormEvent) {
    event.preventDefault();
    setReceipt(null);
    const typed = code.trim();
    if (typed === asked) void refetch();
    else setAsked(typed);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblems({ fields: {}, message: null });
    try {
      const result = await send({
        variables: {
          input: {
            code: asked,
            answers: Object.entries(answers).map(([questionId, answer]) => ({
              questionId,
              ...answer,
            })),
          },
        },
      });
      if (result.data) setReceipt(result.data.answerSurvey);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  const set = (id: string, answer: Answer) => setAnswers((all) => ({ ...all, [id]: answer }));
  const problemFor = (id: string) => problems.fields[`answers.${id}`];

  return (
    <main id="main" className="survey-public">
      <Heading level={1} data-size="md" ref={headingRef} tabIndex={-1}>
        {open && survey?.title ? survey.title : t.answerTitle}
      </Heading>

      {receipt ? (
        <div ref={statusRef} tabIndex={-1} role="status">
          <Alert data-color={receipt.outcome === 'ACCEPTED' ? 'success' : 'warning'}>
            {receipt.outcome === 'ACCEPTED' && (
              <Heading level={2} data-size="xs">
                {t.thanksTitle}
              </Heading>
            )}
            <Paragraph>{receipt.message}</Paragraph>
          </Alert>
        </div>
      ) : open && survey ? (
        <form onSubmit={onSubmit} className="survey-public__form" noValidate>
          {survey.intro && <Paragraph>{survey.intro}</Paragraph>}
          <Paragraph data-size="sm">
            {t.answerIntro}
            {survey.closesOn ? ` ${t.lastDay(formatDate(survey.closesOn))}` : ''}
          </Paragraph>
          {problems.message && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{problems.message}</Paragraph>
            </Alert>
          )}
          {survey.questions.map((question, index) => (
            <QuestionField
              key={question.id}
              number={index + 1}
              question={question}
              answer={answers[question.id] ?? {}}
              onChange={(answer) => set(question.id, answer)}
              problem={problemFor(question.id)}
            />
          ))}
          <Button type="submit" disabled={sending.loading} className="survey-public__submit">
            {sending.loading ? t.sending : t.submit}
          </Button>
        </form>
      ) : (
        <>
          <Paragraph>{t.answerIntro}</Paragraph>
          {survey && survey.state !== 'OK' && (
            <Alert data-color="warning" role="alert">
              <Paragraph>{survey.message}</Paragraph>
            </Alert>
          )}
          {error && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{messageOf(error)}</Paragraph>
            </Alert>
          )}
          {loading ? (
            <Loading label={t.checking} />
          ) : (
            <form onSubmit={onOpen} className="survey-public__code">
              <Textfield
                id="survey-code"
                label={t.codeLabel}
                description={t.codeHint}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
              />
              <Button type="submit">{t.open}</Button>
            </form>
          )}
        </>
      )}
      {receipt && receipt.outcome !== 'ACCEPTED' && (
        <Button
          variant="secondary"
          onClick={() => {
            setReceipt(null);
            setCode('');
            setAsked('');
          }}
        >
          {t.otherCode}
        </Button>
      )}
    </main>
  );
}

function QuestionField({
  number,
  question,
  answer,
  onChange,
  problem,
}: {
  number: number;
  question: SurveyQuestionFieldsFragment;
  answer: Answer;
  onChange: (answer: Answer) => void;
  problem?: string;
}) {
  const id = `question-${question.id}`;
  const legend = (
    <Fieldset.Legend>
      {number}. {question.text}{' '}
      <span className="survey-public__mark">{question.required ? t.requiredMark : t.optional}</span>
    </Fieldset.Legend>
  );
  if (question.kind === 'TEXT') {
    return (
      <Textfield
        id={id}
        multiline
        rows={4}
        label={`${number}. ${question.text} ${question.required ? t.requiredMark : t.optional}`}
        value={answer.text ?? ''}
        onChange={(e) => onChange({ text: e.target.value })}
        error={problem}
      />
    );
  }
  return (
    <Fieldset id={id} className="survey-public__question">
      {legend}
      {question.kind === 'SCALE' && <Fieldset.Description>{t.scaleHint}</Fieldset.Description>}
      <div className={question.kind === 'SCALE' ? 'survey-scale' : 'choices'}>
        {question.kind === 'SCALE' &&
          [1, 2, 3, 4, 5].map((value) => (
            <Radio
              key={value}
              name={id}
              value={String(value)}
              label={
                value === 1
                  ? `1 – ${t.scaleLow}`
                  : value === 5
                    ? `5 – ${t.scaleHigh}`
                    : String(value)
              }
              checked={answer.scale === value}
              onChange={() => onChange({ scale: value })}
            />
          ))}
        {question.kind === 'SINGLE' &&
          question.options.map((option) => (
            <Radio
              key={option}
              name={id}
              value={option}
              label={option}
              checked={answer.choice === option}
              onChange={() => onChange({ choice: option })}
            />
          ))}
        {question.kind === 'MULTIPLE' &&
          question.options.map((option) => (
            <Checkbox
              key={option}
              label={option}
              value={option}
              checked={answer.choices?.includes(option) ?? false}
              onChange={(e) => {
                const chosen = answer.choices ?? [];
                onChange({
                  choices: e.target.checked
                    ? [...chosen, option]
                    : chosen.filter((c) => c !== option),
                });
              }}
            />
          ))}
      </div>
      {problem && <ValidationMessage>{problem}</ValidationMessage>}
    </Fieldset>
  );
}
