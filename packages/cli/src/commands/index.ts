// Every command of the newsgraph CLI, one line each: a module exporting register(program).
// Help lists the commands in alphabetical order of these names.
export * as build from "./build";
export * as exportGraph from "./export";
export * as stats from "./stats";
export * as serve from "./serve";
export * as start from "./start";
export * as run from "./run";
export * as neo4j from "./neo4j";
export * as push from "./push";
export * as pull from "./pull";
