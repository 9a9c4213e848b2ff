// Cross-article actor resolution: decided from the whole corpus, independent of article order.
export { ActorIndex, type ActorName, type ActorTarget } from "./actor-index";
export { resolveActors, rewriteActors, splitDelta, type SplitDelta } from "./cross-article";
