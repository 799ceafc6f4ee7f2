import { useQuery } from '@apollo/client';
import { AuditAgentNameQuery } from './audit.operations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An agent named in the log: their name once known (one cached query per agent, however many entries
 * name them), with the identifier the filters take; the identifier alone if the name cannot be had.
 */
export function AgentName({ id }: { id: string }) {
  const { data } = useQuery(AuditAgentNameQuery, {
    variables: { id },
    skip: !UUID.test(id),
    errorPolicy: 'all',
  });
  const name = data?.agent?.displayName;
  return name ? (
    <>
      {name} <span className="audit-id">({id})</span>
    </>
  ) : (
    <span className="audit-id">{id}</span>
  );
}

export function isAgentId(value: string): boolean {
  return UUID.test(value);
}
