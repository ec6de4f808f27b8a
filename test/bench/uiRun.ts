/**
 * Every benchmark that runs the built app in Debian's headless Chromium, in one browser: first paint and
 * cold start, the host's memory, the Dexie peer, the scroll and the jumps. Each group hands its rows to
 * `report` as soon as it ends, so a run cut short still prints what it measured.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchRow } from './benchReport';
import { removeFolder, seededFolder } from './benchProcess';
import { JUMP_FOLDER_DEALS, measureJumps } from './jumpBench';
import { measurePeer } from './peerBench';
import { measureScroll } from './scrollBench';
import { measureFirstPaintAndColdStart, measureMemory } from './uiBench';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** UI_BENCH=paint,memory,peer,scroll,jump picks groups (default: all). */
const wanted = new Set((process.env.UI_BENCH ?? 'paint,memory,peer,scroll,jump').split(','));

export async function runUiBench(report: (rows: BenchRow[]) => void): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const folders: string[] = [];
  const folder = async (count: number) => {
    const dir = await seededFolder(count);
    folders.push(dir);
    return dir;
  };
  try {
    const f50 = await folder(50_000);
    let recording = join(tmpdir(), `cosell-bench-empty-${process.pid}.json`);
    writeFileSync(recording, '[]');
    if (wanted.has('paint')) {
      const paint = await measureFirstPaintAndColdStart(browser, f50);
      report(paint.rows);
      recording = paint.recording;
    }
    if (wanted.has('memory')) report([await measureMemory(browser, f50, 50_000)]);
    if (wanted.has('peer')) report(await measurePeer(browser, f50, recording));
    if (wanted.has('scroll') || wanted.has('memory')) {
      const f100 = await folder(100_000);
      if (wanted.has('memory')) report([await measureMemory(browser, f100, 100_000)]);
      if (wanted.has('scroll')) report(await measureScroll(browser, f100));
    }
    if (wanted.has('jump')) report(await measureJumps(browser, await folder(JUMP_FOLDER_DEALS)));
  } finally {
    await browser.close();
    for (const dir of folders) removeFolder(dir);
  }
}
