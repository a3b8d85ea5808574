import { Fragment, type ReactNode } from 'react';

/**
 * Training material is Markdown that centre staff write. The repository has no Markdown
 * library, so this renders the part of Markdown the library's texts use — headings, paragraphs,
 * lists, quotes, code, rules, bold, italic, inline code and links — as React elements. Nothing
 * is ever inserted as HTML: raw HTML in the text shows as text, and links go only to http(s) and
 * mailto addresses.
 */
export function Markdown({ text, headingOffset = 1 }: { text: string; headingOffset?: number }) {
  return (
    <div className="markdown">
      {parseBlocks(text).map((b, i) => renderBlock(b, i, headingOffset))}
    </div>
  );
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function parseBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (line.trimStart().startsWith('>')) {
      const body: string[] = [];
      while (i < lines.length && lines[i].trimStart().startsWith('>')) {
        body.push(lines[i++].trimStart().replace(/^>\s?/, ''));
      }
      blocks.push({ kind: 'quote', text: body.join(' ') });
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length && lines[i].trim() !== '') {
        const item = pattern.exec(lines[i]);
        if (item) items.push(item[1]);
        else if (items.length > 0) items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const body: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() !== '' &&
      !HEADING.test(lines[i]) &&
      !FENCE.test(lines[i]) &&
      !BULLET.test(lines[i]) &&
      !NUMBERED.test(lines[i]) &&
      !lines[i].trimStart().startsWith('>')
    ) {
      body.push(lines[i++].trim());
    }
    blocks.push({ kind: 'paragraph', text: body.join(' ') });
  }
  return blocks;
}

function renderBlock(block: Block, key: number, headingOffset: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      // The page has its own h1: the text's headings sit below it.
      const level = Math.min(6, block.level + headingOffset);
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{renderInline(block.text)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{renderInline(block.text)}</p>;
    case 'quote':
      return <blockquote key={key}>{renderInline(block.text)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>);
      return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
  }
}

const INLINE =
  /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const [token, code, strong, em, link] = match;
    if (code) out.push(<code key={key++}>{code.slice(1, -1)}</code>);
    else if (strong) out.push(<strong key={key++}>{renderInline(strong.slice(2, -2))}</strong>);
    else if (em) out.push(<em key={key++}>{renderInline(em.slice(1, -1))}</em>);
    else if (link) {
      const [, label, href] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(link) ?? [];
      out.push(
        SAFE_URL.test(href) ? (
          <a key={key++} href={href} rel="noopener noreferrer">
            {renderInline(label)}
          </a>
        ) : (
          <Fragment key={key++}>{label}</Fragment>
        ),
      );
    }
    rest = rest.slice(match.index + token.length);
  }
  return out;
}
