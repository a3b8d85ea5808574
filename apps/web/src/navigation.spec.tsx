import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ForRoles } from './components/ForRoles';
import { homeFor, navFor, navGroupsFor, rolesOf, STAFF } from './navigation';

describe('navigation by role', () => {
  it('shows a starter only their own page and the library, and lands them on their page', () => {
    expect(navFor(['STARTER']).map((i) => i.to)).toEqual(['/min-side', '/bibliotek']);
    expect(homeFor(['STARTER'])).toBe('/min-side');
  });

  it('shows coordinators and admins the staff screens and the library, landing on I dag', () => {
    for (const role of STAFF) {
      const links = navFor([role]).map((i) => i.to);
      expect(links).toEqual(expect.arrayContaining(['/i-dag', '/rom', '/bibliotek', '/min-side']));
      expect(homeFor([role])).toBe('/i-dag');
    }
  });

  it('groups a coordinator’s menu with the day’s work first, keeping the order', () => {
    const groups = navGroupsFor(['COORDINATOR']);
    expect(groups.map((g) => g.group)).toEqual(['day', 'people', 'more', 'mine']);
    expect(groups[0].items.map((i) => i.to)).toEqual([
      '/i-dag',
      '/henvendelser',
      '/venteliste',
      '/grupper',
      '/rom',
    ]);
    expect(groups.flatMap((g) => g.items)).toEqual(navFor(['COORDINATOR']));
    expect(navGroupsFor(['STARTER']).map((g) => g.group)).toEqual(['mine']);
  });

  it('counts a platform role beside the centre role', () => {
    expect(rolesOf({ activeRole: 'STARTER', platformRole: 'NATIONAL_ANALYST' })).toEqual([
      'STARTER',
      'NATIONAL_ANALYST',
    ]);
    expect(rolesOf({ activeRole: null, platformRole: null })).toEqual([]);
  });

  it('shows nobody without a role anything', () => {
    expect(navFor([])).toEqual([]);
  });

  it('gives a starter at a staff address a page that says so, with the way home', () => {
    render(
      <MemoryRouter initialEntries={['/rom']}>
        <Routes>
          <Route element={<ForRoles roles={STAFF} mine={['STARTER']} />}>
            <Route path="/rom" element={<p>Rommene</p>} />
          </Route>
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.queryByText('Rommene')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Ikke for din rolle' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til startsiden din' })).toHaveAttribute(
      'href',
      '/min-side',
    );
  });

  it('lets a coordinator through', () => {
    render(
      <MemoryRouter initialEntries={['/rom']}>
        <Routes>
          <Route element={<ForRoles roles={STAFF} mine={['COORDINATOR']} />}>
            <Route path="/rom" element={<p>Rommene</p>} />
          </Route>
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByText('Rommene')).toBeInTheDocument();
  });
});
