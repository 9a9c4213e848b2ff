import type { DeltaBuilder } from "@newsgraph/graph-model";
import type { AnnotationName, Annotations, Document } from "../document/types";

/**
 * The fixed shape of an extraction stage (each lives in its own folder under stages/, as plugin.ts).
 * `run` annotates the document; `emit`, where present, adds the stage's nodes and edges to the article's delta.
 */
export interface Stage<K extends AnnotationName = AnnotationName> {
  readonly name: K;
  /** Annotations this stage reads; each must come from an earlier stage. */
  readonly requires: readonly AnnotationName[];
  run(doc: Document): Annotations[K];
  emit?(doc: Document, delta: DeltaBuilder): void;
}

/** Keeps each stage's own annotation type when stages of different kinds share one list. */
export const defineStage = <K extends AnnotationName>(stage: Stage<K>): Stage<K> => stage;
