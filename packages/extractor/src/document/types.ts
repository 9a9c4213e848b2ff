// One document, many stages: every stage reads the untouched text and the annotations of earlier stages,
// and adds its own, always as offsets into `text`.
import type { ArticleInput } from "../article";

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/**
 * What each stage adds, by stage name. Empty here: each stage declares its own entry with module
 * augmentation (`declare module "../../document/types" { interface Annotations { actors: ActorMention[] } }`),
 * so that adding a stage is a new folder, not an edit across the codebase.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Annotations {}

export type AnnotationName = keyof Annotations;

export interface Document {
  readonly article: ArticleInput;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** The annotations of a stage that already ran (the pipeline checks the order up front). */
  get<K extends AnnotationName>(name: K): Annotations[K];
}
