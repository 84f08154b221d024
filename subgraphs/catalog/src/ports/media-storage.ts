import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * Where the bytes of the platform's images live. Rows in `catalog.media` say what an image is; the
 * storage only keeps bytes under a key (`<tenant>/<id>.<ext>`, made by the media store, never by a
 * caller). The default is a local folder (`MEDIA_DIR`); an S3-compatible bucket would be a second
 * implementation of this interface.
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** the bytes, or null when nothing is stored under the key */
  get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
  delete(key: string): Promise<void>;
}

/** Files under `directory`, written to a temporary name first so a reader never sees half an image. */
export function localDiskStorage(directory: string): MediaStorage {
  const root = resolve(directory);
  const pathOf = (key: string) => {
    const path = resolve(root, key);
    // keys are made from uuids by the store; this only guards against a bug making one that escapes
    if (!path.startsWith(root + sep)) throw new Error(`media key escapes the media folder: ${key}`);
    return path;
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const partial = join(dirname(path), `.${crypto.randomUUID()}.partial`);
      await writeFile(partial, bytes);
      await rename(partial, path);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
