// Pictograms drawn inside the nodes (sigma's node-image program in "color" mode tints their opaque
// pixels), so that a node's type reads from its shape as well as its colour: on a projector, in print,
// and for colour-blind readers. Plain SVG on a 24×24 grid, as data: URLs (allowed by the page's CSP).
const svg = (body: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 24 24">${body}</svg>`)}`;
const fill = (d: string) => `<path fill="#000" fill-rule="evenodd" d="${d}"/>`;
const stroke = (d: string, width = 2.4) => `<path fill="none" stroke="#000" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" d="${d}"/>`;

export const PICTOGRAMS = {
  person: svg(fill("M12 3.5a4.2 4.2 0 1 1 0 8.4 4.2 4.2 0 0 1 0-8.4zM4 21c0-4.6 3.6-7.5 8-7.5s8 2.9 8 7.5z")),
  organization: svg(fill("M4 21V3h10v5h6v13zM7 6v2h2V6zm4 0v2h2V6zM7 10v2h2v-2zm4 0v2h2v-2zM7 14v2h2v-2zm4 0v2h2v-2zm5-3v2h2v-2zm0 4v2h2v-2z")),
  country: svg(fill("M5 2h2v20H5zM8 3h12l-3.5 4.5L20 12H8z")),
  group: svg(fill("M7 6.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm10 0a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM12 4a3.3 3.3 0 1 1 0 6.6A3.3 3.3 0 0 1 12 4zM1 20c0-3.4 2.7-6 6-6 1.2 0 2.3.3 3.2.9A7 7 0 0 0 5 21H1zm22 0c0-3.4-2.7-6-6-6-1.2 0-2.3.3-3.2.9A7 7 0 0 1 19 21h4zM6 21.5c0-3.9 2.7-6.5 6-6.5s6 2.6 6 6.5z")),
  statement: svg(fill("M3 4h18v12H11l-6 4.5V16H3z")),
  agreement: svg(`<circle cx="8.5" cy="12" r="5.2" fill="none" stroke="#000" stroke-width="2.6"/><circle cx="15.5" cy="12" r="5.2" fill="none" stroke="#000" stroke-width="2.6"/>`),
  place: svg(fill("M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 4.3a2.7 2.7 0 1 1 0 5.4 2.7 2.7 0 0 1 0-5.4z")),
  article: svg(stroke("M6 3h9l3 3v15H6zM9 9h6M9 13h6M9 17h4", 2)),
  ASSAULT: svg(fill("M12 1l2.5 7L22 6l-5 6 5 6-7.5-2L12 23l-2.5-7L2 18l5-6-5-6 7.5 2z")),
  COERCE: svg(`${fill("M5 11h14v10H5z")}${stroke("M8 11V8a4 4 0 0 1 8 0v3")}`),
  CONSULT: svg(fill("M2 3h13v9H7l-4 3v-3H2zM17 7h5v9h-1.5v3l-4-3H9v-2h8z")),
  AGREE: svg(stroke("M4 12.5l5 5L20 6", 3.6)),
  CHANGE: svg(fill("M3 5.5h12V2l6 5-6 5V8.5H3zM21 15.5H9V12l-6 5 6 5v-3.5h12z")),
  AID: svg(fill("M9 3h6v6h6v6h-6v6H9v-6H3V9h6z")),
  MOBILIZE: svg(fill("M12 3l8 6v4l-8-6-8 6V9zm0 8l8 6v4l-8-6-8 6v-4z")),
  event: svg(fill("M12 2l10 10-10 10L2 12z")),
} as const;

export type PictogramName = keyof typeof PICTOGRAMS;
