import { crc32 } from 'node:zlib';

import { Client } from 'pg';

import { DEMO_PASSWORD } from '@link/platform/demo-data';
import {
  errorCodes,
  type GraphqlClient,
  inviteAndAccept,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

const LIST = `{ materials(limit: 100) { items { id scope published current { title version } } } }`;
const SEARCH = `query($q: String!) { searchMaterials(query: $q) { items { excerpt material { id current { title } } } } }`;
const CREATE = `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { id published latestVersion editable } }`;
const PUBLISH = `mutation($id: ID!) { publishMaterial(id: $id) { published current { version } } }`;

let server: TestServer;

async function titles(client: GraphqlClient): Promise<string[]> {
  const { materials } = await client.data<{
    materials: { items: { current: { title: string } }[] };
  }>(LIST);
  return materials.items.map((m) => m.current.title);
}

async function searchTitles(client: GraphqlClient, q: string): Promise<string[]> {
  const { searchMaterials } = await client.data<{
    searchMaterials: { items: { material: { current: { title: string } } }[] };
  }>(SEARCH, { q });
  return searchMaterials.items.map((hit) => hit.material.current.title);
}

async function publishedMaterial(
  client: GraphqlClient,
  title: string,
  body: string,
): Promise<string> {
  const { createMaterial } = await client.data<{ createMaterial: { id: string } }>(CREATE, {
    input: { title, summary: '', bodyMarkdown: body, tags: ['test'], language: 'nb' },
  });
  await client.data(PUBLISH, { id: createMaterial.id });
  return createMaterial.id;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('who reads what', () => {
  it('a volunteer in Bergen and Oslo sees national + Bergen in Bergen, national + Oslo in Oslo, never Trondheim', async () => {
    const osloAdmin = (await server.client.signIn('admin@oslo.demo.link')).client;
    await inviteAndAccept(server.client, osloAdmin, {
      email: 'volunteer@bergen.demo.link',
      role: 'STARTER',
      password: DEMO_PASSWORD,
    });
    const osloCoordinator = (await server.client.signIn('coordinator@oslo.demo.link')).client;
    await publishedMaterial(
      osloCoordinator,
      'Oslo-rutiner for samtalegrupper',
      'Oslo har egne grupper på Grünerløkka.',
    );

    const inBergen = (
      await server.client.signIn('volunteer@bergen.demo.link', { centre: 'bergen' })
    ).client;
    const bergen = await titles(inBergen);
    expect(bergen).toEqual(
      expect.arrayContaining([
        'Rammer og prinsipper for selvhjelpsgrupper',
        'Lokale møterom i Bergen og omegn',
      ]),
    );
    expect(bergen).not.toContain('Rutiner for oppfølging i Trondheim');
    expect(bergen).not.toContain('Oslo-rutiner for samtalegrupper');
    expect(await searchTitles(inBergen, 'oppfølging')).not.toContain(
      'Rutiner for oppfølging i Trondheim',
    );
    expect(await searchTitles(inBergen, 'Grünerløkka')).toEqual([]);

    const inOslo = (await server.client.signIn('volunteer@bergen.demo.link', { centre: 'oslo' }))
      .client;
    const oslo = await titles(inOslo);
    expect(oslo).toEqual(
      expect.arrayContaining([
        'Rammer og prinsipper for selvhjelpsgrupper',
        'Oslo-rutiner for samtalegrupper',
      ]),
    );
    expect(oslo).not.toContain('Lokale møterom i Bergen og omegn');
    expect(oslo).not.toContain('Rutiner for oppfølging i Trondheim');
    expect(await searchTitles(inOslo, 'møterom')).not.toContain('Lokale møterom i Bergen og omegn');
  });

  it("another centre's material is NOT_FOUND, for reading and for editing", async () => {
    const trondheim = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const { materials } = await trondheim.data<{
      materials: { items: { id: string; current: { title: string } }[] };
    }>(LIST);
    const theirs = materials.items.find(
      (m) => m.current.title === 'Rutiner for oppfølging i Trondheim',
    )!;
    const bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    expect(
      errorCodes(
        await bergen.request(`query($id: ID!) { material(id: $id) { id } }`, { id: theirs.id }),
      ),
    ).toEqual(['NOT_FOUND']);
    for (const mutation of [
      `mutation($id: ID!) { editMaterial(input: { id: $id, title: "Kapret" }) { id } }`,
      `mutation($id: ID!) { publishMaterial(id: $id) { id } }`,
      `mutation($id: ID!) { unpublishMaterial(id: $id) { id } }`,
      `mutation($id: ID!) { rollbackMaterial(input: { id: $id, version: 1 }) { id } }`,
      `query($id: ID!) { materialHistory(id: $id) { version } }`,
    ]) {
      expect({
        mutation,
        codes: errorCodes(await bergen.request(mutation, { id: theirs.id })),
      }).toEqual({ mutation, codes: ['NOT_FOUND'] });
    }
    // National material can be read by every centre, but edited only by the national office.
    const national = materials.items.find((m) => m.current.title === 'Igangsetterens rolle')!;
    expect(
      errorCodes(
        await bergen.request(
          `mutation($id: ID!) { editMaterial(input: { id: $id, title: "Endret" }) { id } }`,
          { id: national.id },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('keeps drafts from readers, also national ones', async () => {
    const editor = (await server.client.signIn('editor@selvhjelp-norge.demo.link')).client;
    const { createMaterial } = await editor.data<{
      createMaterial: { id: string; published: boolean; editable: boolean };
    }>(CREATE, {
      input: {
        title: 'Utkast om likemannsarbeid',
        summary: '',
        bodyMarkdown: 'Ikke ferdig.',
        tags: [],
        language: 'nb',
      },
    });
    expect(createMaterial).toMatchObject({ published: false, editable: true });
    const starter = (await server.client.signIn('starter@trondheim.demo.link')).client;
    expect(await titles(starter)).not.toContain('Utkast om likemannsarbeid');
    expect(
      errorCodes(
        await starter.request(`query($id: ID!) { material(id: $id) { id } }`, {
          id: createMaterial.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);

    await editor.data(PUBLISH, { id: createMaterial.id });
    expect(await titles(starter)).toContain('Utkast om likemannsarbeid');
  });
});

describe('versions', () => {
  it('keeps every edit, shows readers the published one, and rolls back as a new version', async () => {
    const author = (await server.client.signIn('coordinator@vestfold-telemark.demo.link')).client;
    const id = await publishedMaterial(author, 'Velkommen til gruppen', 'Første utgave.');
    const waiting = async () =>
      (
        await author.data<{ material: { latestPublished: boolean } }>(
          `query($id: ID!) { material(id: $id) { latestPublished } }`,
          { id },
        )
      ).material.latestPublished;
    expect(await waiting()).toBe(true);
    await author.data(
      `mutation($id: ID!) { editMaterial(input: { id: $id, bodyMarkdown: "Andre utgave." }) { latestVersion } }`,
      { id },
    );
    // The author is told an edit waits to be published, so the web app offers to publish it.
    expect(await waiting()).toBe(false);

    const reader = (await server.client.signIn('starter@vestfold-telemark.demo.link')).client;
    const seen = async () =>
      (
        await reader.data<{ material: { current: { version: number; bodyMarkdown: string } } }>(
          `query($id: ID!) { material(id: $id) { current { version bodyMarkdown } } }`,
          { id },
        )
      ).material.current;
    expect(await seen()).toEqual({ version: 1, bodyMarkdown: 'Første utgave.' });

    await author.data(PUBLISH, { id });
    expect(await seen()).toEqual({ version: 2, bodyMarkdown: 'Andre utgave.' });
    expect(await waiting()).toBe(true);

    const { rollbackMaterial } = await author.data<{
      rollbackMaterial: { latestVersion: number; current: { bodyMarkdown: string } };
    }>(
      `mutation($id: ID!) { rollbackMaterial(input: { id: $id, version: 1 }) { latestVersion current { bodyMarkdown } } }`,
      { id },
    );
    expect(rollbackMaterial).toEqual({
      latestVersion: 3,
      current: { bodyMarkdown: 'Første utgave.' },
    });
    expect(await seen()).toEqual({ version: 3, bodyMarkdown: 'Første utgave.' });

    const { materialHistory } = await author.data<{
      materialHistory: { version: number; bodyMarkdown: string }[];
    }>(`query($id: ID!) { materialHistory(id: $id) { version bodyMarkdown } }`, { id });
    expect(materialHistory.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(
      errorCodes(
        await reader.request(`query($id: ID!) { materialHistory(id: $id) { version } }`, { id }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await author.request(
          `mutation($id: ID!) { rollbackMaterial(input: { id: $id, version: 9 }) { id } }`,
          { id },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('unpublished material disappears from lists and search', async () => {
    const author = (await server.client.signIn('coordinator@vestfold-telemark.demo.link')).client;
    const id = await publishedMaterial(
      author,
      'Midlertidig tekst om kaffe',
      'Kaffetrakteren står på kjøkkenet.',
    );
    expect(await searchTitles(author, 'kaffe')).toContain('Midlertidig tekst om kaffe');
    await author.data(`mutation($id: ID!) { unpublishMaterial(id: $id) { published } }`, { id });
    const reader = (await server.client.signIn('starter@vestfold-telemark.demo.link')).client;
    expect(await titles(reader)).not.toContain('Midlertidig tekst om kaffe');
    expect(await searchTitles(reader, 'kaffe')).toEqual([]);
  });
});

describe('search', () => {
  it('understands Norwegian: "grupper" finds "gruppe" and "gruppen", best match first', async () => {
    const reader = (await server.client.signIn('starter@oslo.demo.link')).client;
    const found = await searchTitles(reader, 'grupper');
    expect(found).toEqual(
      expect.arrayContaining([
        'Rammer og prinsipper for selvhjelpsgrupper',
        'Igangsetterens rolle',
      ]),
    );
    const { searchMaterials } = await reader.data<{
      searchMaterials: { items: { excerpt: string }[] };
    }>(SEARCH, { q: 'igangsetteren trekker seg' });
    expect(searchMaterials.items[0].excerpt).toMatch(/«[Ii]gangsetteren»/);
  });

  it('finds Norwegian compounds by their parts: "selvhjelp" and "grupper" find "selvhjelpsgrupper"', async () => {
    const coordinator = (await server.client.signIn('coordinator@vestfold-telemark.demo.link'))
      .client;
    await publishedMaterial(
      coordinator,
      'Turgrupper i Skien',
      'Vi starter likemannsturgrupper i marka hver tirsdag.',
    );
    expect(await searchTitles(coordinator, 'tur')).toContain('Turgrupper i Skien');
    expect(await searchTitles(coordinator, 'likemann')).toContain('Turgrupper i Skien');
    expect(await searchTitles(coordinator, 'gruppe marka')).toContain('Turgrupper i Skien');
    expect(await searchTitles(coordinator, 'sykkel')).not.toContain('Turgrupper i Skien');
    const { searchMaterials } = await coordinator.data<{
      searchMaterials: { items: { excerpt: string; material: { current: { title: string } } }[] };
    }>(SEARCH, { q: 'likemann' });
    const hit = searchMaterials.items.find(
      (i) => i.material.current.title === 'Turgrupper i Skien',
    );
    expect(hit?.excerpt).toMatch(/«likemannsturgrupper»/);

    const reader = (await server.client.signIn('starter@oslo.demo.link')).client;
    expect(await searchTitles(reader, 'selvhjelp')).toContain(
      'Rammer og prinsipper for selvhjelpsgrupper',
    );
  });

  it("is for signed-in users, and only starters' own centres' authors write", async () => {
    expect(errorCodes(await server.client.request(SEARCH, { q: 'gruppe' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const starter = (await server.client.signIn('starter@bergen.demo.link')).client;
    expect(
      errorCodes(
        await starter.request(CREATE, {
          input: { title: 'Fra igangsetter', tags: [], language: 'nb' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('required reading', () => {
  it('a centre requires material for its starters and sees who has read the current version', async () => {
    const coordinator = (await server.client.signIn('coordinator@trondheim.demo.link')).client;
    const { materials } = await coordinator.data<{
      materials: { items: { id: string; current: { title: string } }[] };
    }>(LIST);
    const national = materials.items.find(
      (m) => m.current.title === 'Rammer og prinsipper for selvhjelpsgrupper',
    )!;
    const REQUIRED = `{ requiredReading { material { id } readers { displayName readCurrentVersion } } }`;

    await coordinator.data(`mutation($id: ID!) { requireMaterial(id: $id) { material { id } } }`, {
      id: national.id,
    });
    const before = (
      await coordinator.data<{
        requiredReading: { readers: { displayName: string; readCurrentVersion: boolean }[] }[];
      }>(REQUIRED)
    ).requiredReading;
    expect(before[0].readers).toContainEqual({
      displayName: 'Igangsetter Trondheim',
      readCurrentVersion: false,
    });

    const starter = (await server.client.signIn('starter@trondheim.demo.link')).client;
    expect(
      (
        await starter.data<{ myRequiredReading: { readers: { readCurrentVersion: boolean }[] }[] }>(
          `{ myRequiredReading { readers { readCurrentVersion } } }`,
        )
      ).myRequiredReading[0].readers,
    ).toEqual([{ readCurrentVersion: false }]);
    await starter.data(`mutation($id: ID!) { markMaterialRead(id: $id) }`, { id: national.id });
    const after = (
      await coordinator.data<{
        requiredReading: { readers: { displayName: string; readCurrentVersion: boolean }[] }[];
      }>(REQUIRED)
    ).requiredReading;
    expect(after[0].readers).toContainEqual({
      displayName: 'Igangsetter Trondheim',
      readCurrentVersion: true,
    });

    // A new published version must be read again.
    const editor = (await server.client.signIn('editor@selvhjelp-norge.demo.link')).client;
    await editor.data(
      `mutation($id: ID!) { editMaterial(input: { id: $id, summary: "Oppdatert sammendrag." }) { id } }`,
      { id: national.id },
    );
    await editor.data(PUBLISH, { id: national.id });
    const again = (
      await coordinator.data<{
        requiredReading: { readers: { displayName: string; readCurrentVersion: boolean }[] }[];
      }>(REQUIRED)
    ).requiredReading;
    expect(again[0].readers).toContainEqual({
      displayName: 'Igangsetter Trondheim',
      readCurrentVersion: false,
    });

    // Another centre neither sees Trondheim's requirements nor can require Trondheim's own material.
    const bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    expect((await bergen.data<{ requiredReading: unknown[] }>(REQUIRED)).requiredReading).toEqual(
      [],
    );
    const trondheimOwn = materials.items.find(
      (m) => m.current.title === 'Rutiner for oppfølging i Trondheim',
    )!;
    expect(
      errorCodes(
        await bergen.request(
          `mutation($id: ID!) { requireMaterial(id: $id) { material { id } } }`,
          { id: trondheimOwn.id },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('attachments', () => {
  const ADD = `mutation($input: AddAttachmentInput!) { addMaterialAttachment(input: $input) { id fileName sizeBytes } }`;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20)]).toString(
    'base64',
  );

  it('stores a checked file that every reader of the material can download, and no one else', async () => {
    const editor = (await server.client.signIn('editor@selvhjelp-norge.demo.link')).client;
    const nationalId = await publishedMaterial(editor, 'Brosjyre om selvhjelp', 'Se vedlegget.');
    const { addMaterialAttachment } = await editor.data<{
      addMaterialAttachment: { id: string; sizeBytes: number };
    }>(ADD, {
      input: {
        materialId: nationalId,
        fileName: 'brosjyre.pdf',
        contentType: 'application/pdf',
        contentBase64: pdf,
      },
    });
    expect(addMaterialAttachment.sizeBytes).toBe(2009);

    const reader = (await server.client.signIn('starter@trondheim.demo.link')).client;
    const { material } = await reader.data<{
      material: { attachments: { id: string; fileName: string }[] };
    }>(`query($id: ID!) { material(id: $id) { attachments { id fileName } } }`, { id: nationalId });
    expect(material.attachments).toEqual([
      { id: addMaterialAttachment.id, fileName: 'brosjyre.pdf' },
    ]);
    const { materialAttachment } = await reader.data<{
      materialAttachment: { contentBase64: string; contentType: string };
    }>(`query($id: ID!) { materialAttachment(id: $id) { contentBase64 contentType } }`, {
      id: addMaterialAttachment.id,
    });
    expect(materialAttachment).toEqual({ contentBase64: pdf, contentType: 'application/pdf' });

    // A centre's own attachment stays in the centre.
    const bergen = (await server.client.signIn('coordinator@bergen.demo.link')).client;
    const ownId = await publishedMaterial(bergen, 'Bergens skjema', 'Lokalt skjema.');
    const own = await bergen.data<{ addMaterialAttachment: { id: string } }>(ADD, {
      input: {
        materialId: ownId,
        fileName: 'skjema.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('Navn: ____').toString('base64'),
      },
    });
    expect(
      errorCodes(
        await reader.request(`query($id: ID!) { materialAttachment(id: $id) { fileName } }`, {
          id: own.addMaterialAttachment.id,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    // Nor can another centre attach files to national material.
    expect(
      errorCodes(
        await bergen.request(ADD, {
          input: {
            materialId: nationalId,
            fileName: 'x.pdf',
            contentType: 'application/pdf',
            contentBase64: pdf,
          },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses a file type it does not take, content that does not match its type, and files over 5 MB', async () => {
    const author = (await server.client.signIn('coordinator@oslo.demo.link')).client;
    const id = await publishedMaterial(author, 'Med vedlegg', 'Tekst.');
    const add = (fileName: string, contentType: string, contentBase64: string) =>
      author.request(ADD, { input: { materialId: id, fileName, contentType, contentBase64 } });
    const exe = await add(
      'virus.exe',
      'application/x-msdownload',
      Buffer.from('MZ').toString('base64'),
    );
    expect(exe.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'contentType' }],
    });
    const fakePdf = await add(
      'falsk.pdf',
      'application/pdf',
      Buffer.from('<html>').toString('base64'),
    );
    expect(fakePdf.errors?.[0].message).toMatch(/stemmer ikke/);
    const huge = await add(
      'stor.txt',
      'text/plain',
      Buffer.alloc(5 * 1024 * 1024 + 1, 0x61).toString('base64'),
    );
    expect(errorCodes(huge)).toEqual(['BAD_USER_INPUT']);
  });

  describe('types and content', () => {
    const html = Buffer.from(
      '<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>',
    ).toString('base64');
    let author: GraphqlClient;
    let materialId: string;
    const add = (fileName: string, contentType: string, contentBase64: string) =>
      author.request<{ addMaterialAttachment: { id: string; contentType: string } }>(
        `mutation($input: AddAttachmentInput!) { addMaterialAttachment(input: $input) { id contentType } }`,
        { input: { materialId, fileName, contentType, contentBase64 } },
      );

    beforeAll(async () => {
      author = (await server.client.signIn('editor@selvhjelp-norge.demo.link')).client;
      materialId = await publishedMaterial(author, 'Vedlegg med typer', 'Tekst.');
    });

    it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])(
      'refuses the content type "%s" (a name on Object.prototype) as bad input on contentType',
      async (contentType) => {
        const response = await add('side.html', contentType, html);
        expect(response.errors).toHaveLength(1);
        expect(response.errors?.[0].message).toMatch(/contentType: Filtypen tas ikke imot/);
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'contentType' }],
        });
      },
    );

    it('refuses an HTML page declared as PDF, PNG, JPEG or plain text, and a zip that is not a Word file', async () => {
      for (const contentType of ['application/pdf', 'image/png', 'image/jpeg', 'text/plain']) {
        const response = await add('side', contentType, html);
        expect({ contentType, extensions: response.errors?.[0].extensions }).toMatchObject({
          contentType,
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'contentBase64' }] },
        });
      }
      const word = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const zipWithPage = storedZip({ 'index.html': Buffer.from(html, 'base64') });
      expect((await add('dokument.docx', word, zipWithPage)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'contentBase64' }],
      });
      // A PNG is not a JPEG.
      expect(errorCodes(await add('bilde.jpg', 'image/jpeg', PNG))).toEqual(['BAD_USER_INPUT']);
      // Plain text with markup in the middle, SVG with a script, or bytes that are not UTF-8.
      for (const text of [
        Buffer.from('Velkommen!\n\n<svg onload="alert(1)"></svg>'),
        Buffer.from('Se <a href="javascript:alert(1)">her</a>'),
        Buffer.from([0x48, 0x65, 0x69, 0x00, 0x21]),
        Buffer.from([0x48, 0xc3, 0x28]),
      ]) {
        expect(errorCodes(await add('notat.txt', 'text/plain', text.toString('base64')))).toEqual([
          'BAD_USER_INPUT',
        ]);
      }
    });

    it('takes a real PDF, PNG, Word document and Norwegian plain text, and returns the verified type', async () => {
      for (const [fileName, contentType, content] of [
        ['kort.pdf', 'application/pdf', smallPdf()],
        ['prikk.png', 'image/png', PNG],
        [
          'tom.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          smallDocx(),
        ],
        [
          'notat.txt',
          'text/plain',
          Buffer.from('Møte på tirsdag: 2 < 3, og «ærlig» talt.\r\n').toString('base64'),
        ],
      ]) {
        const { data, errors } = await add(fileName, contentType, content);
        expect({ fileName, errors }).toEqual({ fileName, errors: undefined });
        expect(data?.addMaterialAttachment.contentType).toBe(contentType);
        const reader = (await server.client.signIn('starter@oslo.demo.link')).client;
        const { materialAttachment } = await reader.data<{
          materialAttachment: { contentType: string; contentBase64: string };
        }>(`query($id: ID!) { materialAttachment(id: $id) { contentType contentBase64 } }`, {
          id: data?.addMaterialAttachment.id,
        });
        expect(materialAttachment).toEqual({ contentType, contentBase64: content });
      }
    });

    it('the database refuses a type the library does not take, and an older such file is served as plain bytes', async () => {
      const { data } = await add('kort.pdf', 'application/pdf', smallPdf());
      const id = data?.addMaterialAttachment.id;
      const admin = new Client({ connectionString: server.database.adminUrl });
      await admin.connect();
      try {
        await expect(
          admin.query(`UPDATE material_attachments SET content_type = 'text/html' WHERE id = $1`, [
            id,
          ]),
        ).rejects.toMatchObject({ code: '23514' });
        // A file stored before the check, under a type such as "constructor".
        await admin.query(
          `ALTER TABLE material_attachments DROP CONSTRAINT material_attachments_known_content_type`,
        );
        await admin.query(
          `UPDATE material_attachments SET content_type = 'constructor' WHERE id = $1`,
          [id],
        );
      } finally {
        await admin.end();
      }
      const { materialAttachment } = await author.data<{
        materialAttachment: { contentType: string };
      }>(`query($id: ID!) { materialAttachment(id: $id) { contentType } }`, { id });
      expect(materialAttachment.contentType).toBe('application/octet-stream');
    });
  });
});

/** A 1×1 PNG, as an image editor writes it. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A one-page PDF with a correct cross-reference table, base64-encoded. */
function smallPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 40 >>\nstream\nBT /F1 18 Tf 20 40 Td (Hei LINK) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1').toString('base64');
}

/** A zip archive of uncompressed files, base64-encoded. */
function storedZip(files: Record<string, string | Buffer>): string {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, body] of Object.entries(files)) {
    const fileName = Buffer.from(name);
    const content = Buffer.from(body);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, content);
    directory.push(central, fileName);
    offset += local.length + fileName.length + content.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]).toString('base64');
}

/** The smallest Word document: content types, relationships and an empty body. */
function smallDocx(): string {
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'word/document.xml':
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  });
}
