/**
 * Express vs Fastify under NestJS GraphQL (Apollo, code-first).
 *
 * Run from the repo root:
 *   npx ts-node --transpile-only -P tools/bench/http-adapter/tsconfig.json tools/bench/http-adapter/bench.ts
 */
import 'reflect-metadata';

import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import type { Server } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { BenchModule, ITEMS } from './bench.module';

type AdapterName = 'express' | 'fastify';

interface QueryCase {
  readonly name: string;
  readonly body: string;
  readonly expected: unknown;
}

interface Sample {
  readonly rps: number;
  readonly p99: number;
}

// Loopback only: the benchmark must never send traffic anywhere else.
const HOST = '127.0.0.1';
const CONNECTIONS = 10;
const WARMUP_SECONDS = 1;
const MEASURE_SECONDS = 5;
// 3 rounds x 2 adapters x 2 queries x (1 s + 5 s) ≈ 72 s of load, which
// keeps the whole run under ~90 s while still giving a real median of 3.
const ROUNDS = 3;
// Safety net in case a server refuses to close: the run must end by itself.
const HARD_TIMEOUT_MS = 150_000;

const QUERIES: readonly QueryCase[] = [
  {
    name: 'ping',
    body: JSON.stringify({ query: '{ ping }' }),
    expected: { data: { ping: 'pong' } },
  },
  {
    name: 'items (20 x 4)',
    body: JSON.stringify({ query: '{ items { id name quantity price } }' }),
    expected: { data: { items: ITEMS } },
  },
];

async function boot(adapter: AdapterName): Promise<{ app: INestApplication; url: string }> {
  // logger: false keeps Nest's per-boot log lines out of the table and out
  // of the measured event loop.
  const app =
    adapter === 'express'
      ? await NestFactory.create(BenchModule, new ExpressAdapter(), {
          logger: false,
        })
      : await NestFactory.create(BenchModule, new FastifyAdapter(), {
          logger: false,
        });
  // Port 0: the OS picks a free port, so runs never collide with a dev server.
  await app.listen(0, HOST);
  const server: Server = app.getHttpServer();
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`${adapter}: unexpected listen address ${String(address)}`);
  }
  return { app, url: `http://${HOST}:${address.port}/graphql` };
}

/** A fast non-2xx or wrong answer would look like a win; refuse to measure it. */
async function assertCorrect(adapter: AdapterName, url: string, query: QueryCase): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: query.body,
  });
  const json: unknown = await res.json();
  if (res.status !== 200 || !isDeepStrictEqual(json, query.expected)) {
    throw new Error(`${adapter} ${query.name}: HTTP ${res.status} ${JSON.stringify(json)}`);
  }
}

async function load(url: string, body: string, seconds: number): Promise<autocannon.Result> {
  if (new URL(url).hostname !== HOST) {
    throw new Error(`refusing to load a non-loopback URL: ${url}`);
  }
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
    // The load generator runs in a worker thread; on the server's own event
    // loop it would steal half of the CPU time it is trying to measure.
    workers: 1,
  });
}

async function measure(adapter: AdapterName): Promise<Map<string, Sample>> {
  const { app, url } = await boot(adapter);
  const samples = new Map<string, Sample>();
  try {
    for (const query of QUERIES) {
      await assertCorrect(adapter, url, query);
      await load(url, query.body, WARMUP_SECONDS);
      const result = await load(url, query.body, MEASURE_SECONDS);
      const failed = result.errors + result.timeouts + result.non2xx;
      if (failed > 0) {
        throw new Error(`${adapter} ${query.name}: ${failed} failed requests`);
      }
      samples.set(query.name, {
        rps: result.requests.average,
        p99: result.latency.p99,
      });
      process.stdout.write(
        `  ${adapter.padEnd(7)} ${query.name.padEnd(15)} ` +
          `${result.requests.average.toFixed(0).padStart(6)} req/s  ` +
          `p99 ${result.latency.p99} ms\n`,
      );
    }
  } finally {
    await app.close();
  }
  return samples;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Walks up from the resolved entry point because some packages (e.g.
 * @apollo/server) do not export ./package.json. `from` matters: platform-fastify
 * pins its own fastify copy, and that copy is the one serving requests.
 */
function version(pkg: string, from?: string): string {
  const paths = from ? [path.dirname(require.resolve(from))] : undefined;
  let dir = path.dirname(require.resolve(pkg, { paths }));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const manifest: { name?: string; version?: string } = JSON.parse(
        fs.readFileSync(file, 'utf8'),
      );
      if (manifest.name === pkg && manifest.version) return manifest.version;
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

function printTable(results: Record<AdapterName, Map<string, Sample[]>>): void {
  const header = 'query           adapter   median req/s   median p99 ms   runs (req/s)';
  console.log(`\n${header}\n${'-'.repeat(header.length + 8)}`);
  for (const query of QUERIES) {
    const med: Partial<Record<AdapterName, Sample>> = {};
    for (const adapter of ['express', 'fastify'] as const) {
      const runs = results[adapter].get(query.name) ?? [];
      const m = {
        rps: median(runs.map((s) => s.rps)),
        p99: median(runs.map((s) => s.p99)),
      };
      med[adapter] = m;
      console.log(
        `${query.name.padEnd(16)}${adapter.padEnd(10)}` +
          `${m.rps.toFixed(0).padStart(12)}   ${m.p99.toFixed(1).padStart(13)}   ` +
          runs.map((s) => s.rps.toFixed(0)).join(' / '),
      );
    }
    if (med.express && med.fastify) {
      console.log(
        `${''.padEnd(16)}${'ratio'.padEnd(10)}` +
          `${(med.fastify.rps / med.express.rps).toFixed(2).padStart(12)}x  ` +
          `${(med.fastify.p99 / med.express.p99).toFixed(2).padStart(13)}x   ` +
          '(fastify / express)',
      );
    }
  }
}

async function main(): Promise<void> {
  setTimeout(() => {
    console.error('benchmark exceeded its time budget; aborting');
    process.exit(2);
  }, HARD_TIMEOUT_MS).unref();

  console.log(
    `node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}\n` +
      `@nestjs/core ${version('@nestjs/core')}, @nestjs/apollo ${version('@nestjs/apollo')}, ` +
      `@apollo/server ${version('@apollo/server')}, express ${version('express')}, ` +
      `fastify ${version('fastify', '@nestjs/platform-fastify')} (as loaded by platform-fastify)\n` +
      `${ROUNDS} rounds, ${CONNECTIONS} connections, ${WARMUP_SECONDS}s warm-up + ` +
      `${MEASURE_SECONDS}s measured per query, POST ${HOST}/graphql\n`,
  );

  const results: Record<AdapterName, Map<string, Sample[]>> = {
    express: new Map(),
    fastify: new Map(),
  };
  for (let round = 0; round < ROUNDS; round++) {
    // ABBA order (E F | F E | E F): a slow drift of the machine (thermal,
    // neighbours) then penalises both adapters about equally.
    const order: readonly AdapterName[] =
      round % 2 === 0 ? ['express', 'fastify'] : ['fastify', 'express'];
    console.log(`round ${round + 1}/${ROUNDS}`);
    for (const adapter of order) {
      const samples = await measure(adapter);
      for (const [name, sample] of samples) {
        const runs = results[adapter].get(name) ?? [];
        runs.push(sample);
        results[adapter].set(name, runs);
      }
    }
  }
  printTable(results);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
