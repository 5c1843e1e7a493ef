// `npm run verify-audit`: checks the hash chain of every dossier's events and names the first broken link.
// Uses DATABASE_URL, else the embedded server of DATA_DIR (the running one when Pilotage is up, or it starts it).
// Exit code: 0 when every chain holds, 1 when one is broken, 2 when the check could not run.
import pg from 'pg';
import { readConfig } from '../server/config.js';
import { connectDatabase } from '../server/platform/db/client.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../server/platform/db/embedded.js';
import { verifyChains } from '../server/modules/dossiers/integrity.service.js';

const reasons = {
  sequence_gap: 'an event is missing or out of order',
  previous_hash_mismatch: 'the event does not link to the previous one (an earlier event was rewritten)',
  content_hash_mismatch: 'the event was altered after it was written',
  status_mismatch: 'the dossier is not where its last event left it (last events removed, or the dossier changed directly)',
};

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const config = readConfig();
  let embedded: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    url = `postgres://pilotage:pilotage@127.0.0.1:${config.embeddedPgPort}/pilotage`;
    if (!(await canConnect(url))) {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
      url = embedded.url;
    }
  }
  const database = connectDatabase(url, { max: 2 });
  try {
    const report = await verifyChains(database.db, null);
    process.stdout.write(`Checked ${report.dossiers} dossier(s) and ${report.events} event(s).\n`);
    if (report.isIntact) {
      process.stdout.write('Every chain holds: no event was altered, removed or reordered.\n');
      return 0;
    }
    const b = report.firstBreak!;
    process.stdout.write(
      `BROKEN: dossier ${b.reference} (id ${b.dossierId}), event #${b.seq}${b.eventId === null ? '' : ` (row id ${b.eventId})`}: ${reasons[b.reason]}.\n`,
    );
    return 1;
  } finally {
    await database.close();
    if (embedded) await embedded.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`verify-audit could not run: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
