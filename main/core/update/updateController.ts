import type { Clock, Logger, Timers } from '../ports';
import {
  FIRST_CHECK_DELAY_MS,
  TICK_MS,
  answerEffect,
  initialUpdateState,
  isCheckDue,
  reduceUpdateEvent,
  settleCheck,
  type RestartPrompt,
  type UpdateEffect,
  type UpdatePlan,
  type UpdateState,
  type Updater,
  type UpdaterEvent,
} from './updatePolicy';

export type UpdateControllerDeps = {
  /** Read again at every tick, so a changed setting applies without a restart. */
  plan(): UpdatePlan;
  /** Loads the real updater; called once, the first time the plan is on (never when updates are off). */
  loadUpdater(): Promise<Updater>;
  askRestart(prompt: RestartPrompt): Promise<'restart' | 'later'>;
  logger: Logger;
  clock: Clock;
  timers: Timers;
};

/**
 * Runs the update policy: wakes FIRST_CHECK_DELAY_MS after start and then every TICK_MS, checks when
 * one is due, downloads in the background (the updater does), asks once per version before restarting.
 * Never throws: every failure is a log line and a later retry.
 */
export function createUpdateController(deps: UpdateControllerDeps) {
  const { logger, timers } = deps;
  const now = () => deps.clock.now().getTime();
  let state: UpdateState = initialUpdateState;
  let updater: Updater | null = null;
  let loading: Promise<Updater | null> | null = null;
  let applied: string | null = null;
  let lastNotice: string | null = null;
  let handle: unknown = null;
  let started = false;
  let stopped = false;

  const run = (effects: UpdateEffect[]) => {
    for (const effect of effects) {
      if (effect.type === 'log') logger[effect.level](effect.message, effect.meta);
      else void ask(effect.version, effect.prompt);
    }
  };

  const onEvent = (event: UpdaterEvent) => {
    const next = reduceUpdateEvent(state, event, now());
    state = next.state;
    run(next.effects);
  };

  async function ask(version: string, prompt: RestartPrompt): Promise<void> {
    let answer: 'restart' | 'later';
    try {
      answer = await deps.askRestart(prompt);
    } catch (err) {
      logger.warn('could not ask about restarting; the update installs when the app quits', err);
      return;
    }
    run([answerEffect(answer, version)]);
    if (answer === 'restart' && updater) updater.installAndRestart();
  }

  function load(): Promise<Updater | null> {
    loading ??= deps.loadUpdater().then(
      (loaded) => {
        updater = loaded;
        loaded.onEvent(onEvent);
        return loaded;
      },
      (err: unknown) => {
        logger.error('the updater could not be loaded; updates are off until the app restarts', err);
        return null;
      },
    );
    return loading;
  }

  /** Logs a plan once, not at every tick. */
  const notice = (key: string, log: () => void) => {
    if (lastNotice === key) return;
    lastNotice = key;
    log();
  };

  async function tick(): Promise<void> {
    const plan = deps.plan();
    if (plan.kind === 'off') {
      notice(`off ${plan.reason}`, () => logger.info(plan.reason));
      return;
    }
    const key = JSON.stringify([plan.source, plan.config]);
    notice(`on ${key}`, () => {
      logger.info('updates are on', { source: plan.source, feedUrl: plan.config.feedUrl, channel: plan.config.channel });
    });
    if (!isCheckDue(state, now(), applied !== null && applied !== key)) return;
    const loaded = await load();
    if (!loaded || stopped) return;
    if (applied !== key) {
      loaded.configure(plan.config);
      applied = key;
    }
    state = { ...state, phase: 'checking' };
    try {
      await loaded.check();
      state = settleCheck(state, now());
    } catch (err) {
      // electron-updater reports most failures as an 'error' event too; report the rest here, once.
      if (state.phase === 'checking') onEvent({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  const arm = (ms: number) => {
    if (stopped) return;
    handle = timers.setTimeout(() => {
      handle = null;
      tick()
        .catch((err: unknown) => logger.error('the update check failed unexpectedly', err))
        .finally(() => arm(TICK_MS));
    }, ms);
  };

  return {
    start(): void {
      if (started) return;
      started = true;
      arm(FIRST_CHECK_DELAY_MS);
    },
    stop(): void {
      stopped = true;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
    /** For a status line or a future "Check for updates" item. */
    state: (): UpdateState => state,
  };
}

export type UpdateController = ReturnType<typeof createUpdateController>;
