import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Markdown, parseBlocks } from './Markdown';

describe('Markdown', () => {
  it('renders headings below the page heading, lists, bold, italic and code', () => {
    const { container } = render(
      <Markdown
        text={
          '# Rammer\n\nEn **fast** gruppe, *hver* uke med `runden`.\n\n## Prinsipper\n- Taushetsplikt\n- Likeverd\n\n1. Først\n2. Så'
        }
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Rammer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Prinsipper' })).toBeInTheDocument();
    expect(container.querySelector('strong')).toHaveTextContent('fast');
    expect(container.querySelector('em')).toHaveTextContent('hver');
    expect(container.querySelector('code')).toHaveTextContent('runden');
    expect(container.querySelectorAll('ul li')).toHaveLength(2);
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
  });

  it('shows raw HTML as text, never as markup', () => {
    const { container } = render(
      <Markdown text={'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<script>alert(1)</script>');
  });

  it('links only to web and e-mail addresses', () => {
    render(
      <Markdown
        text={
          '[Selvhjelp](https://selvhjelp.no) og [farlig](javascript:alert(1)) og [post](mailto:a@b.no)'
        }
      />,
    );
    expect(screen.getByRole('link', { name: 'Selvhjelp' })).toHaveAttribute(
      'href',
      'https://selvhjelp.no',
    );
    expect(screen.getByRole('link', { name: 'post' })).toHaveAttribute('href', 'mailto:a@b.no');
    expect(screen.queryByRole('link', { name: 'farlig' })).toBeNull();
    expect(screen.getByText(/farlig/)).toBeInTheDocument();
  });

  it('joins a paragraph’s lines and keeps code blocks as written', () => {
    expect(parseBlocks('En\nto\n\n```\n# ikke overskrift\n```')).toEqual([
      { kind: 'paragraph', text: 'En to' },
      { kind: 'code', text: '# ikke overskrift' },
    ]);
  });
});
