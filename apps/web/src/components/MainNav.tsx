import { Button } from '@digdir/designsystemet-react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';

import { FOLD_AFTER, navGroupsFor, type Role } from '../navigation';
import { texts } from '../texts';

/**
 * The main menu, in groups. On a wide screen every link is in view; on a phone a long menu
 * folds behind a "Meny" button (a disclosure, not a modal: the page stays usable), so the page
 * starts at the top of the screen instead of below four lines of links.
 */
export function MainNav({ roles }: { roles: readonly Role[] }) {
  const groups = navGroupsFor(roles);
  const foldable = groups.reduce((n, g) => n + g.items.length, 0) > FOLD_AFTER;
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const { pathname } = useLocation();
  const t = texts.navGroups;

  // A chosen link has done its job: the menu closes on the new page.
  useEffect(() => setOpen(false), [pathname]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    // Focus would otherwise be lost on a link that is no longer shown.
    toggle.current?.focus();
  }

  return (
    <nav
      aria-label={texts.nav.label}
      className="app-nav"
      data-foldable={foldable || undefined}
      data-open={open || undefined}
      onKeyDown={onKeyDown}
    >
      {foldable && (
        <Button
          ref={toggle}
          variant="secondary"
          data-size="sm"
          className="app-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((was) => !was)}
        >
          <span aria-hidden="true" className="app-nav__icon" />
          {t.menu}
        </Button>
      )}
      <div id={listId} className="app-nav__groups">
        {groups.map(({ group, items }) => (
          <div key={group} className="app-nav__group">
            <span className="app-nav__group-label" id={`${listId}-${group}`}>
              {t[group]}
            </span>
            <ul aria-labelledby={`${listId}-${group}`}>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} onClick={() => setOpen(false)}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
