// @newsgraph/extractor: articles in, typed graph deltas out.
export type { ArticleInput } from "./article";
