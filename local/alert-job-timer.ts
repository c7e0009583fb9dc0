/** The local stand-in for the cloud schedules: runs the alert jobs every interval, never two runs at once. */
export interface AlertJobTimer {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startAlertJobTimer(
  run: () => Promise<void>,
  intervalMs: number,
  print: (line: string) => void,
): AlertJobTimer {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = run()
      .catch((error: unknown) => print(`[alert jobs] run failed: ${error instanceof Error ? error.name : 'unknown'}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  // The timer alone never keeps `npm start` (or a test) alive.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
