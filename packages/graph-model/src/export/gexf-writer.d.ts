// graphology-gexf's writer alone: its browser entry also loads a parser that needs a global DOMParser at
// import time, which Node lacks. The writer itself is browser-safe and Node-safe.
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph, Attributes } from "graphology-types";
  interface GexfElementData {
    label?: string;
    attributes?: Attributes;
  }
  interface GexfWriterOptions {
    encoding?: string;
    pretty?: boolean;
    pedantic?: boolean;
    version?: "1.2" | "1.3";
    formatNode?: (key: string, attributes: Attributes) => GexfElementData;
    formatEdge?: (key: string, attributes: Attributes) => GexfElementData;
  }
  export default function write(graph: AbstractGraph, options?: GexfWriterOptions): string;
}
