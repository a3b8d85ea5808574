import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';

import { PUBLIC_KEY, ROLES_KEY } from '@link/platform/auth';
import { loadEnvironment } from '@link/platform/config';
import { createTestDatabase, type TestDatabase } from '@link/shared/testing';

import { createApp } from './create-app';

/** Operations anyone may call. Adding one here is a decision someone must review. */
const PUBLIC_OPERATIONS = [
  'Mutation.login',
  'Mutation.refreshToken',
  'Mutation.submitInterestForm',
  // A centre's public pages: its name, area and the contact details it publishes; no id.
  'Query.publicCentre',
  'Query.publicGroups',
  // The anonymous survey page: a one-time code is all it takes (docs/decisions/0009).
  'Mutation.answerSurvey',
  'Query.surveyByCode',
];

/**
 * Everything a national analyst can call (docs/architecture.md, decision 2: aggregates only).
 * Each one returns counts, national training material, or the analyst's own account; none
 * returns a participant, an inquiry, a group or a centre's staff. Adding one here is a decision
 * too.
 */
const NATIONAL_ANALYST_OPERATIONS = [
  'Mutation.acceptCentreInvitation',
  'Mutation.answerSurvey',
  'Mutation.declineCentreInvitation',
  'Mutation.login',
  'Mutation.logout',
  'Mutation.markMaterialRead',
  'Mutation.refreshToken',
  'Mutation.submitInterestForm',
  'Mutation.switchCentre',
  'Query.centres',
  'Query.funderReport',
  'Query.funderReportFile',
  'Query.material',
  'Query.materialAttachment',
  'Query.materials',
  'Query.me',
  'Query.myCentreInvitations',
  'Query.myRequiredReading',
  'Query.nationalReport',
  'Query.nationalTimeSeries',
  'Query.publicCentre',
  'Query.publicGroups',
  'Query.searchMaterials',
  'Query.sinceTheStart',
  'Query.surveyByCode',
];

interface Rule {
  isPublic: boolean;
  roles: string[];
}

let database: TestDatabase;
let app: INestApplication;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createApp(loadEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
    app: database.appUrl,
    reporting: database.reportingUrl,
  });
  await app.init();
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

/** Every root field's resolver method, with the access rule on it or on its class. */
function rootResolverRules(): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(prototype, method)?.value;
        if (typeof handler !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string) ?? method;
        const read = (key: string) =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, instance.constructor);
        rules.set(`${type}.${name}`, {
          isPublic: read(PUBLIC_KEY) === true,
          roles: (read(ROLES_KEY) as string[] | undefined) ?? [],
        });
      }
    }
  }
  return rules;
}

describe('access rules', () => {
  it('cover every query and mutation in the schema: public by decision, or with named roles', () => {
    const { schema } = app.get(GraphQLSchemaHost);
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    expect(operations.length).toBeGreaterThan(5);
    const rules = rootResolverRules();

    const problems = operations.flatMap((operation) => {
      const rule = rules.get(operation);
      if (!rule) return [`${operation}: no resolver method found`];
      if (rule.isPublic) {
        return PUBLIC_OPERATIONS.includes(operation)
          ? []
          : [`${operation}: public, but not reviewed`];
      }
      return rule.roles.length > 0 ? [] : [`${operation}: names no roles`];
    });
    expect(problems).toEqual([]);
  });

  it('let a national analyst reach only reviewed, aggregate-only operations', () => {
    const reachable = [...rootResolverRules()]
      .filter(
        ([, rule]) =>
          rule.isPublic ||
          rule.roles.includes('NATIONAL_ANALYST') ||
          rule.roles.includes('SIGNED_IN'),
      )
      .map(([operation]) => operation)
      .sort();
    expect(reachable).toEqual(NATIONAL_ANALYST_OPERATIONS);
  });
});
