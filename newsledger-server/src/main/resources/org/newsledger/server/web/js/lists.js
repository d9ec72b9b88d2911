// The list views (articles, entities, stories, claims): a filter form whose values live in the
// address, a page of rows, paging links and export buttons for the same filters.
import { el, link, table, withQuery, day, badge } from "./dom.js";
import { getJson } from "./api.js";

const LISTS = {
  articles: {
    title: "Articles",
    filters: [["q", "words"], ["outlet", "outlet"], ["from", "from (date)"], ["to", "to (date)"], ["story", "story id"]],
    headers: ["published", "title", "outlet", "statements", "story"],
    row: (a) => [day(a.published), link(`/articles/${a.id}`, a.title || a.docId), a.outlet || "", a.statements, a.story ? link(`/stories/${a.story}`, `#${a.story}`) : ""],
  },
  entities: {
    title: "Entities",
    filters: [["q", "name"], ["type", "type (person, organization, location)"]],
    headers: ["name", "type", "roles", "articles", "first seen", "last seen"],
    row: (e) => [link(`/entities/${e.id}`, e.name), e.type, (e.roles || "").split("\n").join(", "), e.articles, day(e.firstSeen), day(e.lastSeen)],
  },
  stories: {
    title: "Stories",
    filters: [["q", "title words"], ["from", "from (date)"], ["to", "to (date)"]],
    headers: ["title", "articles", "from", "to"],
    row: (s) => [link(`/stories/${s.id}`, s.title || `story ${s.id}`), s.size, day(s.firstPublished), day(s.lastPublished)],
  },
  claims: {
    title: "Claims",
    filters: [["q", "words"], ["status", "status"], ["entity", "source name"], ["story", "story id"], ["from", "from (date)"], ["to", "to (date)"]],
    headers: ["claim", "status", "articles", "first", "last"],
    row: (c) => [link(`/claims/${c.id}`, c.proposition), badge(c.status), c.articles, day(c.firstPublished), day(c.lastPublished)],
  },
};

/** Renders the list named kind with the filters and page of the address's query. */
export async function listView(kind, query) {
  const spec = LISTS[kind];
  const params = Object.fromEntries(query.entries());
  const page = await getJson(withQuery(`/api/${kind}`, params));
  const limit = page.limit;
  const offset = page.offset;
  const pager = el("p", { class: "pager" },
    `${page.total} ${kind}` + (page.total ? `, showing ${offset + 1}–${offset + page.items.length}` : ""),
    offset > 0 ? [" · ", link(withQuery(`/${kind}`, { ...params, offset: Math.max(0, offset - limit) }), "previous")] : "",
    offset + limit < page.total ? [" · ", link(withQuery(`/${kind}`, { ...params, offset: offset + limit }), "next")] : "");
  return el("section", { class: `list list-${kind}` },
    el("h1", {}, spec.title),
    filterForm(`/${kind}`, spec.filters, params),
    exportButtons(`/api/${kind}`, params),
    pager,
    table(spec.headers, page.items.map(spec.row), { class: "rows", id: `${kind}-table` }));
}

/** A GET form over the filters, filled from the current values. */
export function filterForm(action, filters, params) {
  return el("form", { class: "filters", action, method: "get" },
    filters.map(([name, label]) => el("label", {}, label, " ", el("input", { name, value: params[name] || "", size: 14 }))),
    el("button", { type: "submit" }, "Filter"));
}

/** Download links for the list at path with the same filters, as CSV, JSON Lines and JSON. */
export function exportButtons(path, params) {
  const base = { ...params };
  delete base.offset;
  return el("p", { class: "exports" }, "Export: ",
    ["csv", "jsonl", "json"].map((format) => el("a", { class: `export export-${format}`, href: withQuery(path, { ...base, limit: base.limit || 10000, format }), download: "" }, format.toUpperCase())));
}
