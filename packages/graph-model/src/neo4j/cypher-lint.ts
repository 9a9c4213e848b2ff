// Test helper: Neo4j's own Cypher front end (parser and semantic analysis, from
// @neo4j-cypher/language-support) run over a statement or script, with the schema's labels, types and
// property keys and the declared parameters. Only tests import it (the package is a devDependency).
import { lintCypherQuery, type DbSchema } from "@neo4j-cypher/language-support";
import { CountKinds, EdgeEndpoints, EdgeProperties, EdgeTypes, NodeProperties, NodeTypes } from "../schema/generated";
import { COUNT_PREFIX, DERIVED_NODE_KEYS } from "./properties";

export interface CypherProblem {
  severity: "error" | "warning";
  message: string;
  /** The offending text, for readable failures. */
  near: string;
}

const PROPERTY_KEYS = [
  ...new Set([
    ...DERIVED_NODE_KEYS, "key",
    "source", "target", // keys of the edge rows (`row.source`), which the linter reads as property keys
    ...CountKinds.map((k) => `${COUNT_PREFIX}${k}`),
    ...NodeTypes.flatMap((t) => Object.keys(NodeProperties[t])),
    ...EdgeTypes.flatMap((t) => Object.keys(EdgeProperties[t])),
  ]),
];

export function newsgraphDbSchema(parameters: Record<string, unknown> = {}): DbSchema {
  return {
    labels: [...NodeTypes],
    relationshipTypes: [...EdgeTypes],
    propertyKeys: PROPERTY_KEYS,
    parameters,
    graphSchema: EdgeTypes.flatMap((relType) =>
      EdgeEndpoints[relType].from.flatMap((from) => EdgeEndpoints[relType].to.map((to) => ({ from, to, relType })))),
  };
}

/** Every error and warning Neo4j's front end reports for `query` (a statement or a `;`-separated script). */
export function lintCypher(query: string, parameters: Record<string, unknown> = {}): CypherProblem[] {
  const { diagnostics } = lintCypherQuery(query, newsgraphDbSchema(parameters), { consoleCommandsEnabled: true });
  return diagnostics.map((d) => ({
    severity: d.severity === 1 ? "error" : "warning",
    message: typeof d.message === "string" ? d.message : d.message.value,
    near: query.slice(Math.max(0, d.offsets.start - 30), d.offsets.end + 30),
  }));
}
