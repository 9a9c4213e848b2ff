// One explicit pipeline: the stage order is checked when the pipeline is made, not when a stage
// finds an annotation missing halfway through a corpus.
import { DeltaBuilder, type GraphDelta } from "@newsgraph/graph-model";
import type { ArticleInput } from "../article";
import type { AnnotationName, Annotations, Document } from "../document/types";
import { segment } from "../document/segment";
import type { Stage } from "./stage";

export class PipelineOrderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PipelineOrderError";
  }
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  annotate(article: ArticleInput): Document;
  extract(article: ArticleInput): GraphDelta;
}

export function checkStageOrder(stages: readonly Stage[]): void {
  const produced = new Set<string>();
  for (const stage of stages) {
    if (produced.has(stage.name)) throw new PipelineOrderError(`stage "${stage.name}" appears twice in the pipeline`);
    const missing = stage.requires.filter((r) => !produced.has(r));
    if (missing.length) {
      throw new PipelineOrderError(`stage "${stage.name}" needs ${missing.map((m) => `"${m}"`).join(", ")}, which no earlier stage produces`);
    }
    produced.add(stage.name);
  }
}

export function createPipeline(stages: readonly Stage[], emitArticle: (doc: Document, delta: DeltaBuilder) => void): Pipeline {
  checkStageOrder(stages);
  const annotate = (article: ArticleInput): Document => {
    const { paragraphs, sentences } = segment(article.text);
    const annotations = new Map<AnnotationName, unknown>();
    const doc: Document = {
      article,
      text: article.text,
      paragraphs,
      sentences,
      get: <K extends AnnotationName>(name: K) => {
        if (!annotations.has(name)) throw new PipelineOrderError(`annotation "${String(name)}" read before its stage ran`);
        return annotations.get(name) as Annotations[K];
      },
    };
    for (const stage of stages) annotations.set(stage.name, stage.run(doc));
    return doc;
  };
  return {
    stages,
    annotate,
    extract(article) {
      const doc = annotate(article);
      const delta = new DeltaBuilder(article.id);
      emitArticle(doc, delta);
      for (const stage of stages) stage.emit?.(doc, delta);
      return delta.build();
    },
  };
}
