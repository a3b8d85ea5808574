import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no Web Animations; Designsystemet's Spinner synchronises its animation with them.
if (!('getAnimations' in document)) {
  Object.defineProperty(document, 'getAnimations', { value: () => [] });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
