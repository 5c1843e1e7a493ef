// Attachment contents on disk. An upload is streamed to a temporary file (hashing and counting as it
// goes), then renamed into place once its row is written; on any failure both disappear.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../http/errors.js';

export type ReceivedFile = { tempPath: string; sha256: string; sizeBytes: number };

export type FileStore = {
  readonly dir: string;
  receive: (stream: Readable, maxBytes: number) => Promise<ReceivedFile>;
  newStorageKey: (at: Date) => string;
  commit: (file: ReceivedFile, storageKey: string) => Promise<void>;
  discard: (file: ReceivedFile) => Promise<void>;
  remove: (storageKey: string) => Promise<void>;
  open: (storageKey: string) => fs.ReadStream;
  exists: (storageKey: string) => boolean;
};

export function createFileStore(dir: string): FileStore {
  const tempDir = path.join(dir, 'tmp');
  const pathOf = (storageKey: string) => {
    if (!/^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}$/.test(storageKey)) throw new Error(`bad storage key ${storageKey}`);
    return path.join(dir, storageKey);
  };

  return {
    dir,
    receive: async (stream, maxBytes) => {
      await fs.promises.mkdir(tempDir, { recursive: true });
      const tempPath = path.join(tempDir, `${randomUUID()}.part`);
      const hash = createHash('sha256');
      let sizeBytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, callback) {
          sizeBytes += chunk.length;
          if (sizeBytes > maxBytes) {
            callback(new AppError('file_too_large', { field: 'file', params: { megabytes: Math.round(maxBytes / 1024 / 1024) } }));
            return;
          }
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      try {
        await pipeline(stream, meter, fs.createWriteStream(tempPath, { flags: 'wx', mode: 0o640 }));
        // @fastify/multipart marks a stream it cut at its own limit
        if ((stream as Readable & { truncated?: boolean }).truncated) {
          throw new AppError('file_too_large', { field: 'file', params: { megabytes: Math.round(maxBytes / 1024 / 1024) } });
        }
      } catch (err) {
        await fs.promises.rm(tempPath, { force: true });
        throw err;
      }
      return { tempPath, sha256: hash.digest('hex'), sizeBytes };
    },
    newStorageKey: (at) => `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`,
    commit: async (file, storageKey) => {
      const target = pathOf(storageKey);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(file.tempPath, target);
    },
    discard: async (file) => {
      await fs.promises.rm(file.tempPath, { force: true });
    },
    remove: async (storageKey) => {
      await fs.promises.rm(pathOf(storageKey), { force: true });
    },
    open: (storageKey) => fs.createReadStream(pathOf(storageKey)),
    exists: (storageKey) => fs.existsSync(pathOf(storageKey)),
  };
}
