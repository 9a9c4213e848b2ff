// What the viewer's JSON API sends, shared by the server (server/api.ts) and the browser (app/api.ts).

/** GET /api/articles/:id — an article's text, for showing the words behind a provenance span. */
export interface ArticleText {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  text: string;
}
