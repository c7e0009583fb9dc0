/** Faults around the real local adapters: an SNS outage that tests switch on and off, a crash at a chosen step. */
import type { AlertPublisher } from '#shared/intake/ports.js';

export interface SwitchableOutage {
  down: boolean;
  /** Publishes refused while down (each one an attempt that reached "SNS"). */
  refused: number;
  readonly decorate: (transport: AlertPublisher) => AlertPublisher;
}

export function switchableOutage(): SwitchableOutage {
  const outage: SwitchableOutage = {
    down: false,
    refused: 0,
    decorate: (transport) => ({
      publish: async (alert) => {
        if (outage.down) {
          outage.refused++;
          throw Object.assign(new Error('SNS unavailable'), { name: 'InternalErrorException' });
        }
        return transport.publish(alert);
      },
    }),
  };
  return outage;
}

/** The same object, except that `method` throws as if the process died at that point. */
export function crashingAt<T extends object>(target: T, method: keyof T & string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (property === method) {
        return async () => {
          throw new Error(`simulated crash in ${method}`);
        };
      }
      const value = Reflect.get(object, property, receiver);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
