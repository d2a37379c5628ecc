// The neighbourhood graph the graph view draws (pure data, shared by fetching and layout).
import type { EntityKind } from './routes';

export interface EgoNode {
  id: string;
  kind: EntityKind;
  label: string;
  /** 0 for the centre, 1 for direct neighbours, 2 for theirs. */
  ring: number;
}

export interface EgoEdge {
  from: string;
  to: string;
  type: string;
}

export interface EgoGraph {
  centre: string;
  nodes: EgoNode[];
  edges: EgoEdge[];
}
