/** A conditional write that DynamoDB refused because its condition did not hold (not an outage). */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

export const isConditionFailure = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;
