// Files on disk, addressed by their SHA-256: <root>/<2 first hex>/<sha256>. An upload is streamed to
// <root>/tmp first (hashing and counting as it goes), then renamed into place: a rename is atomic, so a
// reader never sees half a file, and an upload that fails leaves only a temporary file, which is removed.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export type StagedFile = { tempPath: string; sha256: string; size: number };

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
  }
}

export class FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  // Streams the source to a temporary file; refuses (and removes it) past maxBytes.
  async stage(source: Readable, maxBytes: number): Promise<StagedFile> {
    const tmpDir = path.join(this.root, 'tmp');
    await fs.mkdir(tmpDir, { recursive: true });
    const tempPath = path.join(tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new FileTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx' }));
    } catch (err) {
      await fs.rm(tempPath, { force: true });
      throw err;
    }
    // a stream truncated by a size limit upstream (multipart) ends without error: the caller checks `truncated`
    return { tempPath, sha256: hash.digest('hex'), size };
  }

  // Moves a staged file into place; when the same content is already stored, keeps that one.
  async commit(staged: StagedFile): Promise<{ isNew: boolean }> {
    const target = this.pathOf(staged.sha256);
    if (await this.exists(staged.sha256)) {
      await fs.rm(staged.tempPath, { force: true });
      return { isNew: false };
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(staged.tempPath, target);
    return { isNew: true };
  }

  async discard(staged: StagedFile): Promise<void> {
    await fs.rm(staged.tempPath, { force: true });
  }

  // Writes a whole buffer (demo data, generated files) the same way: temporary file, then rename.
  async put(content: Buffer): Promise<{ sha256: string; size: number; isNew: boolean }> {
    const { Readable } = await import('node:stream');
    const staged = await this.stage(Readable.from([content]), Number.MAX_SAFE_INTEGER);
    const { isNew } = await this.commit(staged);
    return { sha256: staged.sha256, size: staged.size, isNew };
  }

  async remove(sha256: string): Promise<void> {
    await fs.rm(this.pathOf(sha256), { force: true });
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  open(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }
}
