/** CloudFormation values as plain data: references become `<Id>` / `<Id.Attribute>` placeholders. */

/** A string-valued CloudFormation expression as text. */
export function cfnText(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as { Ref?: string; 'Fn::Join'?: [string, unknown[]]; 'Fn::GetAtt'?: string[] };
  if (node.Ref) return `<${node.Ref}>`;
  if (node['Fn::GetAtt']) return `<${node['Fn::GetAtt'].join('.')}>`;
  if (node['Fn::Join']) return node['Fn::Join'][1].map(cfnText).join(node['Fn::Join'][0]);
  throw new Error(`cannot read ${JSON.stringify(value)}`);
}

/** A whole document (a policy, say) with every expression in it turned into text. */
export function cfnData(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cfnData);
  const node = value as Record<string, unknown>;
  if ('Ref' in node || 'Fn::Join' in node || 'Fn::GetAtt' in node) return cfnText(node);
  return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, cfnData(inner)]));
}

/** The SDK call an `AwsCustomResource` makes on create (a JSON document CloudFormation assembles). */
export function customResourceCall(properties: Record<string, unknown>): { action: string; parameters: Record<string, any> } {
  return JSON.parse(cfnText(properties.Create));
}
