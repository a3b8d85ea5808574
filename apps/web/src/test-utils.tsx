import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { createCache } from './graphql/client';

/** Renders a screen with mocked API answers at `path`, and a marker page at every other path. */
export function renderScreen(
  screen: ReactElement,
  { mocks = [], path = '/' }: { mocks?: MockLink.MockedResponse[]; path?: string } = {},
) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={path} element={screen} />
          <Route path="*" element={<p>Navigated</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}
