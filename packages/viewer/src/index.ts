// @newsgraph/viewer, for Node: the server that serves the built viewer and its JSON API. The browser
// app itself lives in src/app and is bundled by Vite; nothing here is bundled.
export { startViewerServer, CONTENT_SECURITY_POLICY, type ViewerServer, type ViewerServerOptions } from "./server/server";
export { buildViewer, ensureViewerBuilt, viewerBuildIsStale, DEFAULT_DIST } from "./server/build-app";
export { withoutArticleText, type ArticleText } from "./server/api";
