/**
 * Everything the process writes while a test runs: stdout and stderr (where the Powertools logger writes
 * its JSON lines) and the console. Nothing is passed through, so DEBUG logs do not flood the test output.
 */
export interface OutputCapture {
  readonly lines: string[];
  stop(): void;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export function captureOutput(): OutputCapture {
  const lines: string[] = [];
  const record = (chunk: unknown) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
  };
  const streams = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      record(chunk);
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
    return () => {
      stream.write = write;
    };
  });
  const consoles = CONSOLE_METHODS.map((method) => {
    const original = console[method];
    console[method] = (...args: unknown[]) => record(args.map(String).join(' '));
    return () => {
      console[method] = original;
    };
  });
  return {
    lines,
    stop: () => {
      for (const restore of [...streams, ...consoles]) restore();
    },
  };
}
