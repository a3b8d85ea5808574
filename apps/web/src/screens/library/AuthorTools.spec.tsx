import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { MaterialQuery } from '../../gql/graphql';
import { renderScreen } from '../../test-utils';
import { AuthorTools } from './AuthorTools';

function material(over: Partial<MaterialQuery['material']>): MaterialQuery['material'] {
  return {
    __typename: 'Material',
    id: 'm1',
    scope: 'CENTRE',
    published: true,
    editable: true,
    tags: [],
    latestVersion: 2,
    latestPublished: true,
    language: 'nb',
    current: {
      __typename: 'MaterialVersion',
      id: 'v2',
      title: 'Velkommen',
      summary: 'Det første',
      version: 2,
      bodyMarkdown: 'Tekst',
      createdAt: '2026-11-01T10:00:00Z',
    },
    attachments: [],
    ...over,
  } as MaterialQuery['material'];
}

const PUBLISH = { name: 'Publiser siste versjon' };

describe('the author’s publish button', () => {
  it('is not offered when readers already see the newest version', () => {
    renderScreen(<AuthorTools material={material({})} onChanged={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Avpubliser' })).toBeInTheDocument();
    expect(screen.queryByRole('button', PUBLISH)).toBeNull();
  });

  it('is offered when a newer version waits to be published', () => {
    renderScreen(
      <AuthorTools material={material({ latestPublished: false })} onChanged={() => undefined} />,
    );
    expect(screen.getByRole('button', PUBLISH)).toBeInTheDocument();
  });

  it('is offered for a draft nobody has seen yet', () => {
    renderScreen(
      <AuthorTools
        material={material({ published: false, latestPublished: false })}
        onChanged={() => undefined}
      />,
    );
    expect(screen.getByRole('button', PUBLISH)).toBeInTheDocument();
  });
});
