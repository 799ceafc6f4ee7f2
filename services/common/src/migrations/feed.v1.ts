/** Frozen history (see ./index.ts): version 1 of a subgraph's live-feed table. */
export function feedTableSqlV1(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".feed (
      seq bigserial PRIMARY KEY,
      topic text NOT NULL,
      entity_id text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz(3) NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX feed_topic_seq_idx ON "${schema}".feed (topic, seq)`,
  ];
}
