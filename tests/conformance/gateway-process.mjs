// Starts the built gateway (src/Gateway) as a real process on 127.0.0.1 and a port Kestrel picks, for the
// node:test files that test it over HTTP (http-audit.test.mjs, introspection-roundtrip.test.mjs).
//
//   GATEWAY_DLL=/path/Gateway.dll   use that build (no build step)
//   GATEWAY_SKIP_BUILD=1            use the newest existing build under src/Gateway/bin
//   otherwise                       `dotnet build src/Gateway -c C` first, an incremental build of what is
//                                   there (serialized between test files by a lock): C is
//                                   GATEWAY_CONFIGURATION, else Release when a Release build exists
//                                   (CI builds Release), else Debug

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..');
const PROJECT = join(REPO_ROOT, 'src', 'Gateway');
const START_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 10 * 60_000;
const LOCK_DIR = join(tmpdir(), 'gateway-conformance-build.lock');

const dllOf = (configuration) => join(PROJECT, 'bin', configuration, 'net10.0', 'Gateway.dll');

function builtDll() {
  const candidates = ['Release', 'Debug']
    .map(dllOf)
    .filter((path) => existsSync(path))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

async function withBuildLock(action) {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than the build time-out was left by a killed run.
      if (Date.now() - statSync(LOCK_DIR).mtimeMs > BUILD_TIMEOUT_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${LOCK_DIR}`);
      await delay(250);
    }
  }
  try {
    return action();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** The Gateway.dll to run: GATEWAY_DLL, an existing build, or a fresh `dotnet build src/Gateway`. */
export async function resolveGatewayDll() {
  if (process.env.GATEWAY_DLL) {
    if (!existsSync(process.env.GATEWAY_DLL)) throw new Error(`GATEWAY_DLL does not exist: ${process.env.GATEWAY_DLL}`);
    return resolve(process.env.GATEWAY_DLL);
  }
  if (process.env.GATEWAY_SKIP_BUILD === '1') {
    const dll = builtDll();
    if (!dll) throw new Error('GATEWAY_SKIP_BUILD=1 but src/Gateway is not built: run `dotnet build src/Gateway` first.');
    return dll;
  }
  const configuration = process.env.GATEWAY_CONFIGURATION || (existsSync(dllOf('Release')) ? 'Release' : 'Debug');
  return withBuildLock(() => {
    const build = spawnSync('dotnet', ['build', PROJECT, '--nologo', '-v', 'q', '-c', configuration], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) {
      throw new Error(`dotnet build src/Gateway -c ${configuration} failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
    return dllOf(configuration);
  });
}

/**
 * Starts the gateway and waits until /healthz answers. Returns { url, stop(), log() }: url is the server's
 * root (e.g. http://127.0.0.1:40123); stop() ends the process; log() is what it printed.
 */
export async function startGateway({ env = {} } = {}) {
  const dll = await resolveGatewayDll();
  const output = [];
  const child = spawn('dotnet', [dll, '--urls', 'http://127.0.0.1:0'], {
    // The build output holds appsettings.json (the content root is the working directory).
    cwd: dirname(dll),
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_NOLOGO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  let url;
  const listening = new Promise((resolveUrl) => {
    const onData = (chunk) => {
      const text = chunk.toString('utf8');
      output.push(text);
      const match = /Now listening on: (http:\/\/[0-9.]+:\d+)/.exec(output.join(''));
      if (match && !url) {
        url = match[1];
        resolveUrl(url);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const result = await Promise.race([exited, delay(10_000, null, { ref: false })]);
    if (result === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  try {
    const started = await Promise.race([
      listening,
      exited.then(({ code, signal }) => {
        throw new Error(`The gateway exited before listening (code ${code}, signal ${signal}):\n${output.join('')}`);
      }),
      delay(START_TIMEOUT_MS, undefined, { ref: false }).then(() => {
        throw new Error(`The gateway did not listen within ${START_TIMEOUT_MS} ms:\n${output.join('')}`);
      }),
    ]);
    await waitHealthy(started);
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, dll, stop, log: () => output.join('') };
}

async function waitHealthy(url) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/healthz did not answer 200 within ${START_TIMEOUT_MS} ms`);
    await delay(100);
  }
}
