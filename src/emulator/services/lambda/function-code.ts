import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractZip, ZipExtractionError } from '../../lambda/runtime/index.js';
import { AwsError } from '../../errors/aws-error.js';
import type { EmulatorCore } from '../service-types.js';
import type { S3Store } from '../s3/s3-store.js';
import { invalidParameter } from './lambda-store.js';

export interface CodeInput {
  ZipFile?: Uint8Array;
  S3Bucket?: string;
  S3Key?: string;
  ImageUri?: string;
}

/** The deployment package from ZipFile, or from the emulator's own S3 (S3Bucket/S3Key). */
export function deploymentPackage(code: CodeInput, core: EmulatorCore): Uint8Array {
  if (code.ImageUri !== undefined) {
    throw invalidParameter(
      'Container image functions are not supported by the embedded emulator; use a zip package.',
    );
  }
  if (code.ZipFile !== undefined) return code.ZipFile;
  if (code.S3Bucket !== undefined && code.S3Key !== undefined) {
    const bytes = core
      .storeOf<S3Store>('s3')
      .buckets.get(code.S3Bucket)
      ?.objects.get(code.S3Key)?.body;
    if (bytes === undefined) {
      throw new AwsError(
        'InvalidParameterValueException',
        `Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.`,
        400,
      );
    }
    return bytes;
  }
  throw invalidParameter('Please provide a source for function code.');
}

/**
 * Refuses a package that does not unzip (or unzips outside its directory) at upload time, as
 * Lambda does, instead of failing at the first Invoke.
 */
export function checkPackage(zip: Uint8Array): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-zipcheck-'));
  try {
    extractZip(zip, dir);
  } catch (error) {
    if (error instanceof ZipExtractionError) {
      throw invalidParameter(
        'Could not unzip uploaded file. Please check your file, then try to upload again.',
      );
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lambda's CodeSha256: base64 of the package's SHA-256. */
export function codeSha256(zip: Uint8Array): string {
  return createHash('sha256').update(zip).digest('base64');
}
