import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, functionRoles, roleStatements } from './support/iam.js';
import { type SynthesizedApp, synthesizeLaporAman } from './support/synthesize.js';

let synthesized: SynthesizedApp;

beforeAll(() => {
  synthesized = synthesizeLaporAman();
});

afterAll(() => synthesized.dispose());

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;
const resources = (type: string) => Object.entries(synthesized.core.findResources(type) as Resources);
const STREAM_ACTIONS = ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'];

describe('the pending-alert stream (fast path of the alert sweeper)', () => {
  it('gives the table a stream of new images', () => {
    // Act
    const tables = resources('AWS::DynamoDB::Table').map(([, table]) => table.Properties);

    // Assess
    expect(tables.map((table) => table.StreamSpecification)).toContainEqual({ StreamViewType: 'NEW_IMAGE' });
  });

  it('invokes only the alert sweeper, for case items with a pending alert, in small bisected batches', () => {
    // Act
    const mappings = resources('AWS::Lambda::EventSourceMapping').map(([, mapping]) => mapping.Properties);
    const sweeperFunction = resources('AWS::Lambda::Function').find(([, fn]) =>
      JSON.stringify(fn.Properties.Role).includes(functionRoles(synthesized.core).get('alert-sweeper') as string),
    )?.[0];

    // Assess
    expect(mappings).toHaveLength(1);
    const [mapping] = mappings;
    expect(mapping?.FunctionName).toEqual({ Ref: sweeperFunction });
    expect(JSON.stringify(mapping?.EventSourceArn)).toContain('StreamArn');
    expect(mapping).toMatchObject({
      StartingPosition: 'LATEST',
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(mapping?.DestinationConfig?.OnFailure?.Destination).toBeDefined();
    const [filter] = mapping?.FilterCriteria.Filters ?? [];
    expect(JSON.parse(filter.Pattern)).toEqual({
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { Keys: { SK: { S: [{ prefix: 'CASE#' }] } }, NewImage: { outboxPk: { S: [{ exists: true }] } } },
    });
  });

  it('lets only the alert sweeper read the stream, and only that stream', () => {
    // Act
    const readers = [...functionRoles(synthesized.core).keys()].filter((name) =>
      roleStatements(synthesized.core, name).some((statement) => STREAM_ACTIONS.some((action) => allows(statement, action))),
    );
    const grants = roleStatements(synthesized.core, 'alert-sweeper').filter((statement) =>
      STREAM_ACTIONS.some((action) => allows(statement, action)),
    );

    // Assess
    expect(readers).toEqual(['alert-sweeper']);
    expect(grants.flatMap((statement) => statement.Resource).map((resource) => JSON.stringify(resource))).toEqual([
      expect.stringContaining('StreamArn'),
    ]);
  });
});
