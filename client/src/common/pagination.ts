/** A list query's answer as « Charger la suite » reads it: a page of missions. */
interface MissionPages<Node> {
  missions?: { nodes: Node[] } | null;
}

/**
 * Apollo's `updateQuery` for the next page of a list of missions: its missions after those shown,
 * with its own cursor and counts; `otherwise` when either answer has no list.
 */
export function withNextMissions<Node, Answer extends MissionPages<Node>>(
  previous: Answer,
  next: Answer,
  otherwise: Answer,
): Answer {
  return previous.missions && next.missions
    ? ({
        missions: { ...next.missions, nodes: [...previous.missions.nodes, ...next.missions.nodes] },
      } as Answer)
    : otherwise;
}
