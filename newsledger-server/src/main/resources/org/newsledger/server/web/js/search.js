// The search view: statements, articles and claims matching the words, narrowed by facets (date,
// outlet, speaker, claim status, event type) whose values are links adding a filter to the address.
import { el, link, table, withQuery, day, badge } from "./dom.js";
import { getJson } from "./api.js";
import { filterForm, exportButtons } from "./lists.js";
import { statementsTable } from "./pages.js";

const FILTERS = [["q", "words"], ["speaker", "speaker"], ["outlet", "outlet"], ["from", "from (date)"], ["to", "to (date)"], ["status", "claim status"]];
const FACET_FILTER = { date: "from", outlet: "outlet", speaker: "speaker", status: "status", type: null };

/** Renders the search for the address's query. */
export async function searchView(query) {
  const params = Object.fromEntries(query.entries());
  const result = await getJson(withQuery("/api/search", params));
  return el("section", { class: "search" },
    el("h1", {}, "Search"),
    filterForm("/search", FILTERS, params),
    el("div", { class: "search-body" },
      el("aside", { class: "facets", id: "facets" }, Object.entries(result.facets).map(([name, counts]) => facet(name, counts, params))),
      el("div", { class: "results" },
        el("h2", {}, `Statements (${result.statements.total})`),
        exportButtons("/api/search", params),
        statementsTable(result.statements.items, "search-statements"),
        el("h2", {}, `Articles (${result.articles.total})`),
        table(["published", "title", "outlet"], result.articles.items.map((a) => [day(a.published), link(`/articles/${a.id}`, a.title || a.docId), a.outlet]), { class: "rows", id: "search-articles" }),
        el("h2", {}, `Claims (${result.claims.total})`),
        table(["claim", "status"], result.claims.items.map((c) => [link(`/claims/${c.id}`, c.proposition), badge(c.status)]), { class: "rows", id: "search-claims" }))));
}

function facet(name, counts, params) {
  const filter = FACET_FILTER[name];
  return el("div", { class: "facet" }, el("h3", {}, name),
    el("ul", {}, Object.entries(counts).slice(0, 12).map(([value, n]) => {
      const target = filter === "from" ? { ...params, from: value, to: value } : { ...params, [filter]: value };
      delete target.offset;
      return el("li", {}, filter ? link(withQuery("/search", target), value) : value, ` (${n})`);
    })));
}
