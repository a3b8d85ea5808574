import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Node 25 and later have a Web Storage API of their own on globalThis, which shadows jsdom's and
// is unusable without --localstorage-file: the tests use jsdom's, as the browser has its own.
const jsdomWindow = (globalThis as { jsdom?: { window: Window } }).jsdom?.window;
for (const name of ['localStorage', 'sessionStorage'] as const) {
  if (jsdomWindow && globalThis[name] !== jsdomWindow[name]) {
    Object.defineProperty(globalThis, name, { configurable: true, value: jsdomWindow[name] });
  }
}

// jsdom has no Web Animations; Designsystemet's Spinner synchronises its animation with them.
if (!('getAnimations' in document)) {
  Object.defineProperty(document, 'getAnimations', { value: () => [] });
}

// jsdom has no canvas and says so on every getContext call; without one the charts show only
// their tables, which is what the component tests check.
HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
