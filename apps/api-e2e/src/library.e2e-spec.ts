import {
  errorCodes,
  type GraphqlClient,
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
    await osloAdmin.data(
      `mutation { addStaffMember(input: { email: "volunteer@bergen.demo.link", displayName: "x", role: STARTER }) { id } }`,
    );
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
    await author.data(
      `mutation($id: ID!) { editMaterial(input: { id: $id, bodyMarkdown: "Andre utgave." }) { latestVersion } }`,
      { id },
    );

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
});
