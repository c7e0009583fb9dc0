import { describe, expect, it } from 'vitest';
import { startAlertJobTimer } from '#local/alert-job-timer.js';

describe('local job timer', () => {
  it('runs the retention job once at start, then every interval, and names it when a run fails', async () => {
    // Prepare
    const printed: string[] = [];
    let runs = 0;
    const run = async () => {
      runs += 1;
      throw new TypeError('boom');
    };

    // Act
    const timer = startAlertJobTimer(run, 60_000, (line) => printed.push(line), { label: 'retention', runAtStart: true });
    await timer.stop();

    // Assess
    expect(runs).toBe(1);
    expect(printed).toEqual(['[retention] run failed: TypeError']);
  });

  it('waits for the first interval when not asked to run at start (the alert jobs)', async () => {
    // Prepare
    let runs = 0;

    // Act
    const run = async () => {
      runs += 1;
    };
    const timer = startAlertJobTimer(run, 60_000, () => undefined);
    await timer.stop();

    // Assess
    expect(runs).toBe(0);
  });
});
