import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeDialog } from '../../test/fakes/electron';
import { tempDirs } from '../core/testing/tempDirs';
import { saveDialogTarget } from './saveDialogTarget';

const tempDir = tempDirs('cosell-save-');

const write = (out: NodeJS.WritableStream, text: string) => new Promise<void>((resolve) => out.end(text, resolve));

describe('the desktop export target (save dialog)', () => {
  it('offers the suggested name in Downloads, and writes the chosen file only when the export is complete', async () => {
    const dir = tempDir();
    const file = join(dir, 'mine.csv');
    writeFileSync(file, 'the file the seller chose to replace');
    const dialog = new FakeDialog();
    dialog.saveAnswers.push({ canceled: false, filePath: file });
    const target = saveDialogTarget({ dialog, window: () => null, folder: () => dir });
    const sink = await target.open('co-sell-outbound-2026-11-24.csv');
    if (!sink) throw new Error('the dialog answered a file');
    expect(dialog.saveRequests[0]?.options).toMatchObject({ defaultPath: join(dir, 'co-sell-outbound-2026-11-24.csv') });
    await write(sink.out, 'a,b\r\n');
    expect(readFileSync(file, 'utf8')).toBe('the file the seller chose to replace');
    expect(await sink.finish(1)).toEqual({ status: 'saved', rows: 1, fileName: 'mine.csv' });
    expect(readFileSync(file, 'utf8')).toBe('a,b\r\n');
    expect(existsSync(`${file}.part`)).toBe(false);
  });

  it('a closed dialog is no file; a cancelled export leaves the chosen file as it was', async () => {
    const dir = tempDir();
    const dialog = new FakeDialog();
    const target = saveDialogTarget({ dialog, window: () => null, folder: () => dir });
    expect(await target.open('x.csv')).toBeNull();

    const file = join(dir, 'keep.csv');
    writeFileSync(file, 'old');
    dialog.saveAnswers.push({ canceled: false, filePath: file });
    const sink = await target.open('x.csv');
    if (!sink) throw new Error('the dialog answered a file');
    await write(sink.out, 'half');
    await sink.discard();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(existsSync(`${file}.part`)).toBe(false);
  });
});
