/**
 * Whether this browser can draw on a canvas. jsdom (the component tests) cannot; there the
 * chart is left out and the table, which carries every figure, is tested instead.
 */
export function canDrawCharts(): boolean {
  if (typeof document === 'undefined') return false;
  return Boolean(document.createElement('canvas').getContext?.('2d'));
}

// Designsystemet's accent, then colours that stay apart for the common colour-vision
// deficiencies (Okabe–Ito), each with at least 3:1 contrast on white.
const PALETTE = ['#0062ba', '#d55e00', '#007a5e', '#8f3f97', '#6b5c00', '#c1006a'];

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length];
}
