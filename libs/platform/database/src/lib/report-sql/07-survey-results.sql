-- Results of anonymous surveys (docs/decisions/0009-anonymous-surveys.md), protected as the national figures are (decision 6).
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- Every function: SET search_path = pg_catalog, public, pg_temp (the catalog test fails otherwise).

-- What the staff of the survey's own centre (or of a centre taking part in a national survey) may see:
--   a RULES row: the minimum number of answers (value) and k (option);
--   SCOPE rows: how many answers a scope holds (centre_id null = every centre together), null below the minimum;
--   COUNT rows: per question and option, a perturbed count (reporting.perturb), null when rare (1 to k-1);
--   TEXT rows: free-text answers, only to the centre that collected them and never to the national office, in random order.
CREATE OR REPLACE FUNCTION public.survey_results(p_survey uuid)
 RETURNS TABLE(kind text, centre_id uuid, question_id text, option text, value bigint, reason text, text_value text)
 LANGUAGE plpgsql
 VOLATILE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
#variable_conflict use_column
DECLARE
  v_home uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_caller uuid := nullif(current_setting('app.user_id', true), '')::uuid;
  v_survey public.surveys;
  v_k integer;
  v_min integer;
  v_home_is_centre boolean;
  v_centres uuid[];
  v_centre uuid;
  v_collected jsonb := '[]'::jsonb;
  v_part jsonb;
BEGIN
  IF v_home IS NULL OR v_caller IS NULL
     OR NOT public.shared_training_caller_is_staff(v_home, v_caller) THEN
    RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
  END IF;
  SELECT s.* INTO v_survey FROM public.surveys s
   WHERE s.id = p_survey AND (s.tenant_id = v_home OR v_home = ANY (s.participating_centres));
  IF NOT FOUND THEN
    RAISE EXCEPTION 'survey' USING ERRCODE = 'L0404';
  END IF;
  SELECT r.threshold INTO v_k FROM reporting.publication_rules r;
  v_min := greatest(coalesce(v_survey.min_answers, v_k), v_k);
  SELECT c.kind = 'CENTRE' INTO v_home_is_centre FROM public.centres c WHERE c.id = v_home;

  IF v_survey.closed OR v_survey.closes_on < (now() AT TIME ZONE 'Europe/Oslo')::date THEN
    PERFORM public.survey_flush_all(v_survey.tenant_id, v_survey.id);
  END IF;

  -- Whose answers the caller may see counts of: the owner every collecting centre's, a centre taking part its own.
  IF v_survey.tenant_id = v_home THEN
    v_centres := CASE WHEN cardinality(v_survey.participating_centres) > 0
                      THEN v_survey.participating_centres ELSE ARRAY[v_home] END;
  ELSE
    v_centres := ARRAY[v_home];
  END IF;
  FOREACH v_centre IN ARRAY v_centres LOOP
    PERFORM set_config('app.tenant_id', v_centre::text, true);
    SELECT coalesce(jsonb_agg(jsonb_build_object('c', v_centre, 'a', a.answers)), '[]'::jsonb) INTO v_part
      FROM public.survey_answers a
     WHERE a.tenant_id = v_centre AND a.survey_tenant_id = v_survey.tenant_id AND a.survey_id = v_survey.id;
    v_collected := v_collected || v_part;
  END LOOP;
  PERFORM set_config('app.tenant_id', v_home::text, true);

  RETURN QUERY
  WITH answers AS (
    SELECT (e->>'c')::uuid AS centre_id, e->'a' AS a FROM jsonb_array_elements(v_collected) e
  ),
  scopes AS (
    -- Each collecting centre; and all together, for a national survey's owner.
    SELECT u.centre_id FROM unnest(v_centres) AS u(centre_id)
    UNION ALL
    SELECT NULL::uuid WHERE v_survey.tenant_id = v_home AND cardinality(v_survey.participating_centres) > 0
  ),
  sized AS (
    SELECT sc.centre_id,
      (SELECT count(*) FROM answers x WHERE sc.centre_id IS NULL OR x.centre_id = sc.centre_id) AS n
    FROM scopes sc
  ),
  questions AS (
    SELECT q->>'id' AS id, q->>'kind' AS kind, q->'options' AS options FROM jsonb_array_elements(v_survey.questions) q
  ),
  options AS (
    SELECT q.id, q.kind, o.option, o.no FROM questions q
    CROSS JOIN LATERAL (
      SELECT v::text AS option, v AS no FROM generate_series(1, 5) v WHERE q.kind = 'SCALE'
      UNION ALL
      SELECT t.option, t.no::integer FROM jsonb_array_elements_text(coalesce(q.options, '[]'::jsonb)) WITH ORDINALITY t(option, no)
       WHERE q.kind IN ('SINGLE', 'MULTIPLE')
      UNION ALL
      SELECT NULL::text, 0 WHERE q.kind = 'TEXT'
    ) o
  ),
  counted AS (
    SELECT s.centre_id, o.id, o.option, o.no,
      (SELECT count(*) FROM answers x
        WHERE (s.centre_id IS NULL OR x.centre_id = s.centre_id)
          AND CASE o.kind
                WHEN 'SCALE' THEN x.a->>o.id = o.option
                WHEN 'SINGLE' THEN x.a->>o.id = o.option
                WHEN 'MULTIPLE' THEN jsonb_typeof(x.a->o.id) = 'array' AND x.a->o.id ? o.option
                ELSE length(trim(coalesce(x.a->>o.id, ''))) > 0 END) AS n
    FROM sized s CROSS JOIN options o WHERE s.n >= v_min
  ),
  -- Never more than the scope's (published) number of answers: a cap on what is already shown.
  published AS (
    SELECT c.centre_id, c.id, c.option, c.no,
      least(s.n, reporting.perturb('survey|' || v_survey.id || '|' || coalesce(c.centre_id::text, 'all') || '|' || c.id || '|' || coalesce(c.option, ''), c.n)) AS p
    FROM counted c JOIN sized s ON s.centre_id IS NOT DISTINCT FROM c.centre_id
  )
  SELECT 'RULES'::text, NULL::uuid, NULL::text, v_k::text, v_min::bigint, NULL::text, NULL::text
  UNION ALL
  SELECT 'SCOPE'::text, s.centre_id, NULL::text, NULL::text,
    CASE WHEN s.n >= v_min THEN s.n ELSE NULL END,
    CASE WHEN s.n >= v_min THEN NULL ELSE 'FEW_ANSWERS' END, NULL::text
  FROM sized s
  UNION ALL
  (SELECT 'COUNT'::text, p.centre_id, p.id, p.option,
    CASE WHEN p.p BETWEEN 1 AND v_k - 1 THEN NULL ELSE p.p END,
    CASE WHEN p.p BETWEEN 1 AND v_k - 1 THEN 'RARE_OPTION' ELSE NULL END, NULL::text
  FROM published p ORDER BY p.centre_id NULLS FIRST, p.id, p.no)
  UNION ALL
  (SELECT 'TEXT'::text, x.centre_id, q.id, NULL::text, NULL::bigint, NULL::text, x.a->>q.id
    FROM answers x
    JOIN questions q ON q.kind = 'TEXT'
   WHERE v_home_is_centre AND x.centre_id = v_home
     AND length(trim(coalesce(x.a->>q.id, ''))) > 0
     AND (SELECT s.n FROM sized s WHERE s.centre_id = v_home) >= v_min
   ORDER BY random());
END
$function$;
REVOKE ALL ON FUNCTION public.survey_results(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.survey_results(uuid) TO link_app;
