// The page's router: the address names the view (every view is a permalink, filters in the query),
// the view is built from the API and put in <main>. body[data-ready] tells tests it is drawn.
import { el, link, withQuery } from "./dom.js";
import { getJson } from "./api.js";
import { reader, articleHeader } from "./reader.js";
import { LAYERS } from "./facts.js";
import { listView, exportButtons } from "./lists.js";
import { entityView, storyView, claimView } from "./pages.js";
import { searchView } from "./search.js";
import { analyzeView } from "./analyze.js";

const ROUTES = [
  [/^\/$/, () => home()],
  [/^\/(articles|entities|stories|claims)$/, (m, q) => listView(m[1], q)],
  [/^\/articles\/(\d+)$/, (m, q) => articleView(m[1], q)],
  [/^\/entities\/(\d+)$/, (m) => entityView(m[1])],
  [/^\/stories\/(\d+)$/, (m) => storyView(m[1])],
  [/^\/claims\/(\d+)$/, (m) => claimView(m[1])],
  [/^\/search$/, (m, q) => searchView(q)],
  [/^\/analyze$/, () => analyzeView()],
];

async function home() {
  const stories = await getJson("/api/stories?limit=20");
  return el("section", { class: "home" },
    el("h1", {}, "The ledger"),
    el("p", {}, "Who said what, through whom, when — every fact linked to its words and the rule that found it."),
    el("h2", {}, "Stories"),
    exportButtons("/api/stories", {}),
    el("ul", { class: "story-list" }, stories.items.map((s) => el("li", {}, link(`/stories/${s.id}`, s.title || `story ${s.id}`), ` — ${s.size} articles`))));
}

/** The reader for a stored article; layers and the selected fact live in the address. */
async function articleView(id, query) {
  const article = await getJson(`/api/articles/${id}`);
  const layers = query.get("layers");
  const span = query.get("span");
  const view = reader(article.record, {
    layers: layers === null ? undefined : layers.split(",").filter(Boolean),
    fact: query.get("fact"),
    onState: (state) => history.replaceState(null, "", withQuery(location.pathname, {
      layers: state.layers.length === LAYERS.length ? null : state.layers.join(","),
      fact: state.fact,
      span,
    })),
  });
  if (span) markSpan(view, span);
  return el("section", { class: "article" }, articleHeader(article, article.record),
    exportButtons("/api/statements", { article: id }), view);
}

/** Outlines the passage a link pointed at (?span=begin-end), e.g. a claim's evidence. */
function markSpan(view, span) {
  const [begin, end] = span.split("-").map(Number);
  let offset = 0;
  for (const piece of view.querySelectorAll("#article-text > span")) {
    const next = offset + piece.textContent.length;
    if (next > begin && offset < end) piece.classList.add("linked");
    offset = next;
  }
}

async function render() {
  const main = document.getElementById("view");
  const route = ROUTES.map(([pattern, view]) => [location.pathname.match(pattern), view]).find(([m]) => m);
  try {
    const content = route ? await route[1](route[0], new URLSearchParams(location.search)) : el("p", { class: "error" }, "No such page.");
    main.replaceChildren(content);
  } catch (error) {
    main.replaceChildren(el("p", { class: "error" }, error.message));
  }
  document.body.dataset.ready = "1";
}

render();
