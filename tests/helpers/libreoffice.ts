/**
 * Converts office files to PDF with Debian's LibreOffice (`.ci/run` installs libreoffice-impress),
 * the check that a PPTX opens in a real office suite. A private profile per call keeps parallel
 * runs from fighting over ~/.config/libreoffice's lock.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Each file as PDF in `outDir` (same base name); throws with LibreOffice's output when one is missing. */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-lo-profile-'));
  try {
    const { stdout, stderr } = await run('libreoffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: 300_000 });
    const outputs = files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`));
    const missing = outputs.filter((output) => !existsSync(output));
    if (missing.length > 0) throw new Error(`LibreOffice did not convert ${missing.join(', ')}\n${stdout}\n${stderr}`);
    return outputs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
