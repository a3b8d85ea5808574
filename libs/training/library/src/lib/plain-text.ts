const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Control characters that make browsers (WHATWG MIME sniffing, "binary data byte") treat a file
 * as binary, and that plain text does not contain: everything below a space except tab, line
 * feed, form feed, carriage return and escape.
 */
const TEXT_CONTROL = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

/**
 * The start of markup a browser could run or render: HTML documents and their active elements,
 * SVG and MathML, XML (XHTML, XSLT), comments and processing instructions. Anywhere in the
 * file, not only at its start, because a page that shows the text as HTML would run it anyway.
 */
const MARKUP = new RegExp(
  '<(?:!doctype|!--|!\\[cdata\\[|\\?xml|xsl:' +
    '|/?(?:html|head|body|script|style|iframe|frame|frameset|object|embed|applet|svg|math|meta' +
    '|link|base|form|img|video|audio|source|template|a)(?=[\\s/>])' +
    // any element with an event handler attribute: <p onclick=…>
    '|[a-z][\\w:-]*\\s[^<>]{0,200}\\bon[a-z]+\\s*=)',
  'i',
);

/**
 * Whether bytes declared as `text/plain` are plain text: valid UTF-8, no NUL or other binary
 * control characters, and nothing that looks like HTML, SVG or script.
 */
export function looksLikePlainText(bytes: Buffer): 'ok' | 'mismatch' | 'markup' {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return 'mismatch';
  }
  if (bytes.some((byte) => byte < 0x20 && !TEXT_CONTROL.has(byte))) return 'mismatch';
  return MARKUP.test(text) ? 'markup' : 'ok';
}
