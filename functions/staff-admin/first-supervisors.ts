/**
 * The deploy's `Custom::FirstSupervisors` (infra/stacks/core-stack.ts): CloudFormation invokes this function
 * directly and waits for the answer at the request's pre-signed S3 URL. Create and Update make the missing
 * accounts; Delete keeps every account (people are disabled by a supervisor in the console, not by a deploy).
 */
import * as z from 'zod';
import type { AppLogger } from '#shared/intake/ports.js';
import { createFirstSupervisors, FirstSupervisors } from '#shared/oncall/first-supervisors.js';
import type { StaffAccounts } from '#shared/oncall/staff-accounts.js';

const CustomResourceRequest = z.object({
  RequestType: z.enum(['Create', 'Update', 'Delete']),
  ResponseURL: z.url({ protocol: /^https$/ }),
  StackId: z.string().min(1),
  RequestId: z.string().min(1),
  LogicalResourceId: z.string().min(1),
  ResourceProperties: z.object({ supervisors: FirstSupervisors }),
});

/** The one physical resource: the list of first supervisors, whatever it holds. */
const PHYSICAL_RESOURCE_ID = 'first-supervisors';

/** PUTs the answer to the pre-signed URL (signed without a content type, so none is sent). */
export type CustomResourceAnswer = (url: string, body: string) => Promise<void>;

const putAnswer: CustomResourceAnswer = async (url, body) => {
  const response = await fetch(url, { method: 'PUT', body: Buffer.from(body) });
  if (!response.ok) throw new Error(`CloudFormation refused the answer: ${response.status}`);
};

/** Whether an event is CloudFormation's (rather than API Gateway's). */
export const isCustomResourceRequest = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && 'RequestType' in event && 'ResponseURL' in event;

export function createFirstSupervisorsHandler(
  deps: { readonly accounts: StaffAccounts; readonly logger: AppLogger },
  answer: CustomResourceAnswer = putAnswer,
) {
  return async (event: unknown): Promise<void> => {
    const request = CustomResourceRequest.parse(event);
    let failure: string | undefined;
    try {
      if (request.RequestType !== 'Delete') {
        const created = await createFirstSupervisors(deps.accounts, request.ResourceProperties.supervisors);
        deps.logger.info('first supervisors ensured', { created, regencies: Object.keys(request.ResourceProperties.supervisors).length });
      }
    } catch (error) {
      // The deploy shows the reason: regency and error code, never an e-mail.
      failure = error instanceof Error ? error.message : 'the first supervisors could not be created';
      deps.logger.error('first supervisors failed', { errorName: error instanceof Error ? error.name : 'unknown' });
    }
    await answer(
      request.ResponseURL,
      JSON.stringify({
        Status: failure ? 'FAILED' : 'SUCCESS',
        ...(failure ? { Reason: failure } : {}),
        PhysicalResourceId: PHYSICAL_RESOURCE_ID,
        StackId: request.StackId,
        RequestId: request.RequestId,
        LogicalResourceId: request.LogicalResourceId,
      }),
    );
  };
}
