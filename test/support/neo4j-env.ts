// Setup file of the "neo4j" test project: the server of the global setup (test/support/neo4j.ts) in
// NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, where Neo4jStore.connect() and spawned CLIs look. Only this
// project's workers get them, so no other test file can touch the shared database by accident.
import { inject } from "vitest";

const { uri, user, password } = inject("neo4j");
process.env.NEO4J_URI = uri;
process.env.NEO4J_USER = user;
process.env.NEO4J_PASSWORD = password;
