// Constraints and indexes for newsgraph in Neo4j 5, generated from graph-schema/schema.json by
// packages/graph-model/src/neo4j/statements.ts (a test keeps this file equal). Applied by `newsgraph neo4j init`.
// A uniqueness constraint on `id` for every node label, and the two indexes a query seeks by.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_type IF NOT EXISTS FOR (n:Actor) ON (n.actorType);
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);
