import type { Client } from 'pg';

interface DemoMaterial {
  owner: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
}

/** Short texts on the frames and principles of self-help groups (our own words). */
const MATERIALS: DemoMaterial[] = [
  {
    owner: 'selvhjelp-norge',
    title: 'Rammer og prinsipper for selvhjelpsgrupper',
    summary: 'Hva som gjør en selvhjelpsgruppe trygg: faste deltakere, taushetsplikt og likeverd.',
    body: `# Rammer og prinsipper

En selvhjelpsgruppe består av fem til åtte faste deltakere som møtes jevnlig, gjerne hver uke i om lag to timer.

## Prinsipper
- **Taushetsplikt:** Det som blir sagt i gruppen, blir i gruppen.
- **Likeverd:** Alle deltar på lik linje. Ingen er behandler eller ekspert.
- **Frivillighet:** Hver enkelt bestemmer selv hva og hvor mye hun eller han vil dele.
- **Ansvar:** Gruppen tar ansvar for seg selv når igangsetteren har trukket seg ut.`,
    tags: ['rammer', 'prinsipper', 'grupper'],
  },
  {
    owner: 'selvhjelp-norge',
    title: 'Igangsetterens rolle',
    summary: 'Igangsetteren hjelper gruppen i gang og trekker seg ut etter avtale.',
    body: `# Igangsetterens rolle

Igangsetteren koordinerer oppstarten og er med på de første møtene. Deltakerne blir kjent med hverandre, avtaler taushetsplikt og lærer rammene og verktøyene.

Etter noen møter trekker igangsetteren seg ut etter avtale med gruppen. Gruppen kan invitere igangsetteren tilbake ved behov.`,
    tags: ['igangsetting', 'igangsetter'],
  },
  {
    owner: 'selvhjelp-norge',
    title: 'Verktøy: runden',
    summary: 'Runden gir alle i gruppen tid og rom til å snakke uten å bli avbrutt.',
    body: `# Runden

Hver deltaker får like lang tid til å fortelle hvordan det går. De andre lytter uten å avbryte eller gi råd. Etterpå kan gruppen velge hva den vil snakke mer om.`,
    tags: ['verktøy', 'samtale'],
  },
  {
    owner: 'bergen',
    title: 'Lokale møterom i Bergen og omegn',
    summary: 'Hvilke samarbeidspartnere som låner ut rom, og hvordan man booker dem.',
    body: 'Frivilligsentralene i Askøy og Øygarden låner ut møterom på kveldstid. Ta kontakt med senteret for booking.',
    tags: ['rom', 'lokalt'],
  },
  {
    owner: 'trondheim',
    title: 'Rutiner for oppfølging i Trondheim',
    summary: 'Slik følger LINK Trondheim opp grupper som driver seg selv.',
    body: 'Koordinator besøker hver gruppe minst hver sjette uke det første året.',
    tags: ['oppfølging', 'lokalt'],
  },
];

/** Published material for the national office and two centres; skipped when any exists. */
export async function seedDemoLibrary(
  client: Client,
  centreIds: Map<string, string>,
): Promise<void> {
  for (const material of MATERIALS) {
    const tenantId = centreIds.get(material.owner) as string;
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM material_versions WHERE title = $1`,
      [material.title],
    );
    if (rows[0].n > 0) continue;
    const { rows: created } = await client.query<{ id: string }>(
      `INSERT INTO library_materials (tenant_id, id, tags) VALUES ($1, gen_random_uuid(), $2) RETURNING id`,
      [tenantId, material.tags],
    );
    const { rows: version } = await client.query<{ id: string }>(
      `INSERT INTO material_versions (tenant_id, id, material_id, version, title, summary, body_markdown)
       VALUES ($1, gen_random_uuid(), $2, 1, $3, $4, $5) RETURNING id`,
      [tenantId, created[0].id, material.title, material.summary, material.body],
    );
    await client.query(
      `UPDATE library_materials SET published_version_id = $2,
         search_document = setweight(to_tsvector('norwegian', $3), 'A') || setweight(to_tsvector('norwegian', $4), 'B')
           || setweight(to_tsvector('norwegian', $5), 'C')
       WHERE tenant_id = current_setting('app.tenant_id')::uuid AND id = $1`,
      [created[0].id, version[0].id, material.title, material.summary, material.body],
    );
  }
}
