import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { markedExcerpt, withoutMarkdown } from './Library';

describe('a search hit’s excerpt', () => {
  it('marks what the API marked, and only that', () => {
    const { container } = render(<p>{markedExcerpt('Hjelper «gruppen» i gang <b>x</b>')}</p>);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['gruppen']);
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('Hjelper gruppen i gang <b>x</b>');
  });

  it('drops the Markdown signs the excerpt was cut from', () => {
    expect(
      withoutMarkdown('rolle. # Igangsetterens rolle ## Prinsipper - **Taushetsplikt:** Det'),
    ).toBe('rolle. Igangsetterens rolle Prinsipper Taushetsplikt: Det');
  });
});
