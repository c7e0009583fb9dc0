/** The local stand-in for the cloud schedules: runs a job every interval, never two runs at once. */
export interface AlertJobTimer {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startAlertJobTimer(
  run: () => Promise<void>,
  intervalMs: number,
  print: (line: string) => void,
  job: { readonly label: string; readonly runAtStart: boolean } = { label: 'alert jobs', runAtStart: false },
): AlertJobTimer {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = run()
      .catch((error: unknown) => print(`[${job.label}] run failed: ${error instanceof Error ? error.name : 'unknown'}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  if (job.runAtStart) tick();
  // The timer alone never keeps `npm start` (or a test) alive.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
