// The fixture as a viewer graph, for the state modules' tests.
import { fixtureStore } from "./fixture";
import { toViewerGraph, type ViewerGraph } from "./graph";

export const fixtureGraph = (): ViewerGraph => toViewerGraph(fixtureStore().exportSync());
