// The server under load, in its own process so the load generator does not share its event loop.
import { buildApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { connectDatabase } from '../server/platform/db/client.js';

const database = connectDatabase(process.env.DATABASE_URL!, { max: 10 });
const config = readConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  JOBS_ENABLED: 'false',
  DATA_DIR: process.env.DATA_DIR!,
  PORT: '0',
});
const app = await buildApp({ config, db: database.db, logger: false });
// the same server's cheapest possible route, as the yardstick
app.get('/bench/bare', async () => ({ ok: true }));
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening on ${(app.server.address() as { port: number }).port}\n`);
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0)),
);
