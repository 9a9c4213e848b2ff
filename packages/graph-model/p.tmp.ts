import { syntheticGraph } from "./bench/synthetic";
import { toNeo4jAdminCsv } from "./src/export/neo4j-admin";
import { cypherScriptParts } from "./src/export/cypher";
import { planBatches } from "./src/neo4j/statements";
const g = syntheticGraph(100_000, 500_000);
for (let i = 0; i < 2; i++) {
let t = performance.now();
toNeo4jAdminCsv(g);
console.log("csv", performance.now() - t); t = performance.now();
planBatches(g.nodes, g.edges);
console.log("plan", performance.now() - t); t = performance.now();
let n = 0; for (const p of cypherScriptParts(g)) n += p.length;
console.log("cypher", performance.now() - t);
}
