/**
 * Requests at a steady rate: one every 1000/rate ms, sent on schedule whether or not earlier ones
 * have been answered (an open loop, as independent users arrive).
 *
 * autocannon's `overallRate` is not that: each connection sends its share of a second's requests
 * back to back when the second starts, then waits for the next second, so "60 req/s" arrives as a
 * burst of 60 and the last of them queue behind the first. Its p99 measured how long a burst
 * takes to drain, not the latency at 60 req/s.
 *
 * Latency is counted from when a request was due, not from when it was sent, so a client that
 * falls behind still counts the wait (no coordinated omission). The client runs in a worker
 * thread of its own, so that the harness's work and garbage collection do not delay it; how late
 * it sent its requests is reported beside the latencies.
 */
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export interface SteadyLoadOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  rate: number;
  seconds: number;
  /** Sockets kept open to the server; more are never needed at a rate a server keeps up with. */
  connections: number;
}

export interface SteadyLoadResult {
  requests: number;
  failed: number;
  p50: number;
  p99: number;
  /** The latest any request was sent after it was due (the client's own delay), ms. */
  sentLate: number;
}

export function steadyLoad(options: SteadyLoadOptions): Promise<SteadyLoadResult> {
  const project = path.join(__dirname, 'tsconfig.json');
  const worker = new Worker(
    `require('ts-node').register({ transpileOnly: true, project: ${JSON.stringify(project)} });
     require(${JSON.stringify(__filename)}).driveInWorker();`,
    { eval: true, workerData: options },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`steady load: exit ${code}`)));
  });
}

/** The worker's side of `steadyLoad`. */
export async function driveInWorker(): Promise<void> {
  parentPort?.postMessage(await drive(workerData as SteadyLoadOptions));
}

async function drive(options: SteadyLoadOptions): Promise<SteadyLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let failed = 0;
  let sentLate = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now() + interval;
  try {
    for (let i = 0; i < total; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      sentLate = Math.max(sentLate, performance.now() - due);
      inFlight.push(
        send(options, agent).then(
          (ok) => {
            if (ok) latencies.push(performance.now() - due);
            else failed++;
          },
          () => void failed++,
        ),
      );
    }
    await Promise.all(inFlight);
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return {
    requests: latencies.length,
    failed,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    sentLate: round(sentLate),
  };
}

function send(
  options: { url: string; headers: Record<string, string>; body: string },
  agent: http.Agent,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      options.url,
      {
        method: 'POST',
        agent,
        headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        // A GraphQL error (an expired token, a limit) comes with HTTP 200.
        response.on('end', () =>
          resolve(response.statusCode === 200 && !body.includes('"errors":')),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const round = (ms: number) => Math.round(ms * 10) / 10;
