import { NavLink } from 'react-router';

import { texts } from '../../texts';

const t = texts.reports;

/** The report pages of a centre (/rapporter) or of the national office (/nasjonalt). */
export function ReportsNav({ base }: { base: '/rapporter' | '/nasjonalt' }) {
  return (
    <nav aria-label={t.subnavLabel} className="sub-nav">
      <NavLink to={base} end>
        {base === '/nasjonalt' ? t.nationalTitle : t.figuresTitle}
      </NavLink>
      <NavLink to={`${base}/tilskudd`}>{t.funderTitle}</NavLink>
      <NavLink to={`${base}/siden-starten`}>{t.sinceTitle}</NavLink>
    </nav>
  );
}
