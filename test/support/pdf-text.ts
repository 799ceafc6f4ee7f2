import { execFile } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The text and document information of a PDF, read by pdf-parse in a Node process of its own:
 * pdf.js loads its worker with a dynamic `import()`, which Jest's module system refuses.
 */
export async function readPdf(
  pdf: Buffer,
): Promise<{ text: string; info: Record<string, unknown>; pages: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'talents-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const script = `
      const { readFileSync } = require('node:fs');
      const { PDFParse } = require('pdf-parse');
      (async () => {
        const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[1])) });
        const { text } = await parser.getText();
        const { info, total } = await parser.getInfo();
        await parser.destroy();
        process.stdout.write(JSON.stringify({ text, info, pages: total }));
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-e', script, file],
        { cwd: path.join(__dirname, '..', '..'), maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    return JSON.parse(output) as { text: string; info: Record<string, unknown>; pages: number };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
