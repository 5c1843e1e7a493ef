import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../db/client.js';
import type { Mailer } from '../mail/mailer.js';

// What every route plugin receives: no globals, so tests build the app the same way as main.ts.
export type AppDeps = { config: Config; db: Database; logger?: Logger; mailer: Mailer };
