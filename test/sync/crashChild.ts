/**
 * The crash test's child: opens the workspace on a data folder, then does seller actions and syncs
 * against the fake service (which lives in the parent) until it is killed. After the store committed
 * an action it prints `ack {...}` with the outbox row: the parent holds the app to exactly those.
 * `drain` mode only syncs until nothing is pending, then exits.
 *
 * `indexes` (firstSyncCrash.test.ts) watches the store through a connection of its own and prints
 * `indexes dropped` once it sees the list indexes recorded as dropped (pull.ts's first download, committed)
 * and `indexes back` once they are rebuilt; `kill-at-drop` instead SIGKILLs itself on seeing them dropped,
 * so one kill lands in that window whatever the machine's load.
 *
 * argv: dataDir serviceUrl token seed runTag mode(run|drain) [watch(indexes|kill-at-drop)]
 */
import Sqlite from 'better-sqlite3';
import { join } from 'node:path';
import type { LifecycleAction } from '../../shared/domain';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { DEFERRED_INDEXES_KEY } from '../../main/core/store/deferredIndexes';
import { newDeal } from '../../main/core/testing/fixtures';
import { openWorkspace } from '../../main/core/workspace';
import { mulberry32 } from './propertyModel';

const [dataDir = '', serviceUrl = '', token = '', seedArg = '1', runTag = 'x', mode = 'run', watch = ''] = process.argv.slice(2);
const out = (line: string) => process.stdout.write(line + '\n');

async function main(): Promise<void> {
  const ws = openWorkspace({
    dataDir,
    transport: 'web',
    version: 'crash-test',
    actor: 'Crash Tester',
    sync: {
      serviceUrl,
      token,
      autoStart: false,
      catalogEveryMs: 0,
      // Microsoft's answers are read when draining (while acting, the kills should land among the actions).
      engagementsPerPass: mode === 'drain' ? 100_000 : 0,
      intervalMs: 3_600_000,
      kickDelayMs: 3_600_000,
      retry: { maxAttempts: 2, maxInlineDelayMs: 50, policy: { baseMs: 5, capMs: 50 } },
    },
  });
  const sync = ws.sync!;
  const reader = new Sqlite(join(dataDir, DB_FILE_NAME), { readonly: true });
  const lastOutbox = reader.prepare('SELECT seq, request_id FROM outbox ORDER BY seq DESC LIMIT 1');
  out('ready');
  const stopWatching = watch ? watchIndexes(reader, watch === 'kill-at-drop') : () => {};
  if (mode === 'drain') {
    for (let i = 0; i < 20 && (await sync.syncNow()).pendingChanges > 0; i++);
    // A 204 leaves our copy as we sent it, with the new eTag: the next pass's pull brings the service's time (as the app's next pass would).
    await sync.syncNow();
    const s = sync.status();
    out(`drained ${JSON.stringify({ pending: s.pendingChanges, lastError: s.lastError })}`);
    stopWatching();
    ws.close();
    return;
  }
  const random = mulberry32(Number(seedArg));
  for (let n = 0; n < 400; n++) {
    const roll = random();
    const rows = async (tab: 'inbound' | 'outbound', stage: 'received' | 'accepted') => {
      const r = await ws.dispatch('referrals:list', { tab, stages: [stage], limit: 50 });
      return r.ok ? (r.value as { items: { id: string }[] }).items : [];
    };
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    let ack: Record<string, unknown> | null = null;
    if (roll < 0.25) {
      const marker = `CR customer ${runTag}-${n}`;
      const base = newDeal();
      const r = await ws.dispatch('referrals:create', {
        deal: newDeal({ name: `Crash deal ${runTag}-${n}`, customer: { ...base.customer, name: marker } }),
      });
      if (r.ok) ack = { kind: 'create', marker };
    } else {
      const accepted = [...(await rows('outbound', 'accepted')), ...(await rows('inbound', 'accepted'))].filter(
        (x) => !x.id.startsWith('local-'),
      );
      const received = await rows('inbound', 'received');
      let id: string | undefined;
      let action: LifecycleAction | undefined;
      let marker = '';
      if (roll < 0.6 && accepted.length > 0) {
        id = pick(accepted)!.id;
        marker = `crash-${runTag}-${n}@example.com`;
        action = {
          type: 'addTeamMember',
          member: { firstName: 'Crash', lastName: `Member ${n}`, phoneNumber: '+1 555 0100', email: marker },
        };
      } else if (roll < 0.75 && received.length > 0) {
        id = pick(received)!.id;
        action = { type: 'accept', edits: { notes: `accepted ${runTag}-${n}` }, addTeam: [] };
      } else if (accepted.length > 0) {
        id = pick(accepted)!.id;
        marker = `notes ${runTag}-${n}`;
        action = { type: 'edit', edits: { notes: marker } };
      }
      if (id && action && (await ws.dispatch('referrals:act', { id, action })).ok) ack = { kind: action.type, id, marker };
    }
    if (ack) {
      const row = lastOutbox.get() as { seq: number; request_id: string };
      out(`ack ${JSON.stringify({ ...ack, seq: row.seq, requestId: row.request_id })}`);
    }
    if (n % 3 === 2) await sync.syncNow();
  }
  await sync.syncNow();
  reader.close();
  ws.close();
}

/**
 * Polls the store (every millisecond the event loop lets it: the sync yields between pages and while the
 * store worker builds an index) for the record of dropped list indexes. Returns the stop.
 */
function watchIndexes(reader: Sqlite.Database, killAtDrop: boolean): () => void {
  const flagged = reader.prepare('SELECT 1 FROM meta WHERE key = ?').pluck();
  let dropped = false;
  const timer = setInterval(() => {
    const now = flagged.get(DEFERRED_INDEXES_KEY) !== undefined;
    if (now && !dropped) {
      dropped = true;
      if (killAtDrop) process.kill(process.pid, 'SIGKILL');
      out('indexes dropped');
    } else if (!now && dropped) {
      out('indexes back');
      clearInterval(timer);
    }
  }, 1);
  return () => clearInterval(timer);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
