/** `pathways validate FILE…`: lists every error in the files; exit 0 when all records are valid, 2 otherwise. */
import { SUPPORTED_JURISDICTIONS } from '@pathways/law';
import { checkFiles, formatFileError } from '../io/check-files.ts';
import type { Output } from '../io/output.ts';

export async function validateCommand(files: string[], out: Output, maxRecordBytes?: number): Promise<number> {
  const options =
    maxRecordBytes === undefined
      ? { supportedJurisdictions: SUPPORTED_JURISDICTIONS }
      : { supportedJurisdictions: SUPPORTED_JURISDICTIONS, maxRecordBytes };
  const summary = await checkFiles(files, options, (e) => out.write(`${formatFileError(e)}\n`));
  const records = `${summary.records.toLocaleString('en-US')} record${summary.records === 1 ? '' : 's'}`;
  if (summary.errors === 0) {
    await out.write(`${records}: all valid.\n`);
    return 0;
  }
  await out.write(
    `${records}: ${summary.errors.toLocaleString('en-US')} error${summary.errors === 1 ? '' : 's'} in ${summary.invalidRecords.toLocaleString('en-US')} record${summary.invalidRecords === 1 ? '' : 's'}.\n`,
  );
  return 2;
}
