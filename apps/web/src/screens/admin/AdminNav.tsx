import { NavLink } from 'react-router';

import { texts } from '../../texts';

const t = texts.admin;

export function AdminNav() {
  return (
    <nav aria-label={t.subnavLabel} className="sub-nav">
      <NavLink to="/admin/ansatte">{t.staffTitle}</NavLink>
      <NavLink to="/admin/innstillinger">{t.settingsTitle}</NavLink>
      <NavLink to="/admin/samarbeid">{t.partnersTitle}</NavLink>
      <NavLink to="/admin/logg">{t.auditTitle}</NavLink>
    </nav>
  );
}
