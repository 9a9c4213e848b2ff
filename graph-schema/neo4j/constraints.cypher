// Constraints and indexes for newsgraph in Neo4j 5, generated from graph-schema/schema.json by
// packages/graph-model/src/neo4j/statements.ts (a test keeps this file equal). Applied by `newsgraph neo4j init`.
// A uniqueness constraint on `id` for every node label, lookup indexes, and an index on every relationship's `key`.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_type IF NOT EXISTS FOR (n:Actor) ON (n.actorType);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.article);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);
CREATE INDEX said_key IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.key);
CREATE INDEX about_key IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.key);
CREATE INDEX party_to_key IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.key);
CREATE INDEX participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.key);
CREATE INDEX located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.key);
CREATE INDEX affiliated_with_key IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.key);
CREATE INDEX mentioned_in_key IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.key);
CREATE INDEX reported_in_key IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.key);
