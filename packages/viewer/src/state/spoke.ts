// The spoke-about view: actors as nodes and one derived, directed edge from a speaker to each actor a
// statement is about, carrying those statements. "Who spoke about whom" reads in one hop, where the
// full graph needs two (actor -SAID-> statement -ABOUT-> actor).
import { MultiDirectedGraph } from "graphology";
import { seedPosition, type ViewerGraph, type ViewerNode } from "./graph";

export interface SpokeEdge {
  type: "SPOKE_ABOUT";
  /** Statement ids, in the full graph's order (sorted by id in a serialized graph). */
  statements: string[];
}

export type SpokeGraph = MultiDirectedGraph<ViewerNode, SpokeEdge>;

export interface SpokeView {
  graph: SpokeGraph;
  /** Statements whose speaker is also what they are about ("I will…"): kept on the actor, not drawn as loops. */
  selfStatements: Map<string, string[]>;
  /** Statements with a known subject but no identified speaker: they cannot be drawn, only counted. */
  unattributed: number;
}

export const spokeEdgeKey = (speaker: string, subject: string) => `spoke:${speaker}->${subject}`;

/** Actors linked to a statement by `type` edges, in one direction. */
function actorsOf(graph: ViewerGraph, statement: string, type: "SAID" | "ABOUT"): string[] {
  const out: string[] = [];
  const each = type === "SAID" ? graph.forEachInEdge.bind(graph) : graph.forEachOutEdge.bind(graph);
  each(statement, (_key, a, source, target) => {
    const other = type === "SAID" ? source : target;
    if (a.type === type && graph.getNodeAttribute(other, "type") === "Actor" && !out.includes(other)) out.push(other);
  });
  return out;
}

/**
 * Derives the spoke-about graph. A statement by several speakers (a joint statement) gives an edge from
 * each; a statement about several actors an edge to each. Group speakers ("officials") stay nodes of
 * their own, drawn with the group pictogram, so they never pass for a named person.
 */
export function buildSpokeView(graph: ViewerGraph): SpokeView {
  const spoke: SpokeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const selfStatements = new Map<string, string[]>();
  let unattributed = 0;
  const addActor = (id: string) => {
    if (!spoke.hasNode(id)) spoke.addNode(id, { ...graph.getNodeAttributes(id), ...seedPosition(`spoke|${id}`) });
  };
  graph.forEachNode((id, a) => {
    if (a.type !== "Statement") return;
    const subjects = actorsOf(graph, id, "ABOUT");
    if (!subjects.length) return;
    const speakers = actorsOf(graph, id, "SAID");
    if (!speakers.length) unattributed++;
    for (const speaker of speakers) {
      for (const subject of subjects) {
        addActor(speaker);
        if (speaker === subject) {
          selfStatements.set(speaker, [...(selfStatements.get(speaker) ?? []), id]);
          continue;
        }
        addActor(subject);
        const key = spokeEdgeKey(speaker, subject);
        if (spoke.hasEdge(key)) spoke.getEdgeAttributes(key).statements.push(id);
        else spoke.addDirectedEdgeWithKey(key, speaker, subject, { type: "SPOKE_ABOUT", statements: [id] });
      }
    }
  });
  return { graph: spoke, selfStatements, unattributed };
}
