import busboy from 'busboy';
import type { Request } from 'express';
import { formatFileSize } from '@clientflow/domain';
import { hasNul, nulMessage } from '../lib/nul';
import { HttpError } from './http-errors';

export interface ParsedUpload {
  files: { field: string; fileName: string; bytes: Buffer }[];
  fields: Record<string, string>;
}

/**
 * Reads a multipart body with busboy, keeping each file in memory up to `maxFileBytes` (so its type can be
 * sniffed, hashed and sanitised before anything is stored). A file over the limit answers 413 naming it; the
 * rest of the body is drained so the client sees the answer instead of a reset connection.
 */
export function parseMultipart(
  req: Request,
  opts: { maxFileBytes: number; maxFiles: number; fileFields: string[] },
): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    if (!req.headers['content-type']?.toLowerCase().startsWith('multipart/form-data')) {
      reject(new HttpError('BAD_REQUEST', 'Send the files as multipart/form-data'));
      return;
    }
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: {
          fileSize: opts.maxFileBytes,
          files: opts.maxFiles,
          fields: 20,
          fieldSize: 10_000,
          parts: opts.maxFiles + 20,
        },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new HttpError('BAD_REQUEST', 'The multipart body is malformed'));
      return;
    }
    const result: ParsedUpload = { files: [], fields: {} };
    let failure: HttpError | null = null;
    bb.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      // A name no browser sends; refused rather than stripped (some callers store or audit the raw name).
      if (hasNul(info.filename ?? '')) {
        failure ??= new HttpError('BAD_USER_INPUT', nulMessage(field), field);
        stream.resume();
        return;
      }
      if (!opts.fileFields.includes(field)) {
        failure ??= new HttpError('BAD_USER_INPUT', `Unexpected file field "${field}"`, field);
        stream.resume();
        return;
      }
      stream.on('data', (chunk: Buffer) => {
        if (!failure) chunks.push(chunk);
      });
      stream.on('limit', () => {
        failure ??= new HttpError(
          'PAYLOAD_TOO_LARGE',
          `"${info.filename}" is larger than the ${formatFileSize(opts.maxFileBytes)} limit`,
          field,
        );
      });
      stream.on('end', () => {
        // Browsers send a quote in a multipart file name as %22 (WHATWG); busboy does not undo it.
        if (!failure)
          result.files.push({
            field,
            fileName: (info.filename ?? 'file').replace(/%22/g, '"'),
            bytes: Buffer.concat(chunks),
          });
      });
    });
    bb.on('field', (name, value) => {
      if (hasNul(name) || hasNul(value)) {
        const field = hasNul(name) ? 'fields' : name;
        failure ??= new HttpError('BAD_USER_INPUT', nulMessage(field), field);
      }
      result.fields[name] = value;
    });
    bb.on('filesLimit', () => {
      failure ??= new HttpError('BAD_USER_INPUT', `Upload at most ${opts.maxFiles} files at once`, 'files');
    });
    bb.on('error', () => reject(new HttpError('BAD_REQUEST', 'The multipart body is malformed')));
    bb.on('close', () => (failure ? reject(failure) : resolve(result)));
    req.pipe(bb);
  });
}
