// The detail views: entity, story and claim pages, built from the API's answers.
import { el, link, table, withQuery, day, badge } from "./dom.js";
import { getJson } from "./api.js";
import { exportButtons } from "./lists.js";
import { timelineChart } from "./charts.js";

/** Statements as a table: date, outlet, speaker, cue and what, linked to the article's span. */
export function statementsTable(statements, id) {
  return table(["published", "outlet", "speaker", "cue", "what"], statements.map((s) => [
    day(s.published), s.outlet, s.source || s.speaker, s.cue,
    link(withQuery(`/articles/${s.articleId || s.article}`, { span: `${spanOf(s).begin}-${spanOf(s).end}` }), s.content),
  ]), { class: "rows statements", id });
}

function spanOf(s) {
  return s.contentSpan || { begin: s.contentBegin, end: s.contentEnd };
}

/** Events as a table keeping event time and publication time apart. */
function timelineTable(events) {
  if (!events.length) return el("p", { class: "muted" }, "No events.");
  return table(["event time", "published", "outlet", "type", "actor", "target", "evidence", "rule"], events.map((e) => [
    e.eventTime || e.eventDay || "—", day(e.published), e.outlet, e.type, e.actor || "", e.target || "",
    link(withQuery(`/articles/${e.articleId}`, { span: `${e.evidenceSpan.begin}-${e.evidenceSpan.end}` }), e.evidence),
    el("code", {}, e.rule),
  ]), { class: "rows timeline", id: "timeline-table" });
}

/** The entity page: names, roles, statements across articles and a timeline chart. */
export async function entityView(id) {
  const e = await getJson(`/api/entities/${encodeURIComponent(id)}`);
  return el("section", { class: "entity" },
    el("h1", {}, e.name, " ", el("span", { class: "muted" }, `(${e.type})`)),
    el("p", {}, el("strong", {}, "Also called: "), e.names.join(", ") || "—"),
    el("p", {}, el("strong", {}, "Roles: "), e.roles.join(", ") || "—"),
    el("p", { class: "muted" }, `${e.articles} articles, ${day(e.firstSeen)} to ${day(e.lastSeen)}`),
    exportButtons("/api/statements", { speaker: e.name }),
    el("h2", {}, "Timeline"),
    timelineChart(e.statements, e.timeline),
    timelineTable(e.timeline),
    el("h2", {}, `Statements (${e.statements.length})`),
    statementsTable(e.statements, "entity-statements"));
}

/** The story page: timeline, claims board (disputed first), who is involved, who said what. */
export async function storyView(id) {
  const s = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  return el("section", { class: "story" },
    el("h1", {}, s.title || `Story ${s.id}`),
    el("p", { class: "muted" }, `${s.size} articles, ${day(s.firstPublished)} to ${day(s.lastPublished)}`),
    el("p", {}, el("strong", {}, "Involved: "), s.involved.map((name, i) => [i ? ", " : "", link(withQuery("/entities", { q: name }), name)])),
    exportButtons("/api/claims", { story: s.id }),
    el("h2", {}, "Articles"),
    table(["published", "title", "outlet"], s.articles.map((a) => [day(a.published), link(`/articles/${a.id}`, a.title || a.docId), a.outlet])),
    el("h2", {}, "Timeline"),
    timelineChart(s.statements, s.timeline),
    timelineTable(s.timeline),
    el("h2", {}, "Claims board"),
    el("div", { class: "claims-board", id: "claims-board" }, s.claims.map(claimCard)),
    el("h2", {}, "Who said what"),
    statementsTable(s.statements, "story-statements"));
}

/** One claim: proposition, status, sources and status history. */
function claimCard(c) {
  return el("div", { class: `claim-card status-${c.status}` },
    el("p", {}, badge(c.status), " ", link(`/claims/${c.id}`, c.proposition)),
    el("p", { class: "muted" }, "Sources: ", c.sources.map((x) => `${x.name} (${x.outlet}, ${day(x.published)})`).join("; ") || "—"),
    el("ol", { class: "history" }, c.history.map((h) => el("li", {}, badge(h.status), ` by ${h.by}: “`, h.evidence, `” (${h.outlet}, ${day(h.published)})`))));
}

/** The claim page: its status history with each change's evidence. */
export async function claimView(id) {
  const c = await getJson(`/api/claims/${encodeURIComponent(id)}`);
  return el("section", { class: "claim" },
    el("h1", {}, c.proposition),
    el("p", {}, badge(c.status), ` in ${c.articles} articles, ${day(c.firstPublished)} to ${day(c.lastPublished)}`),
    el("h2", {}, "Sources"),
    table(["source", "type", "outlet", "published", "article"], (c.sources || []).map((x) => [x.name, x.type, x.outlet, day(x.published), link(`/articles/${x.articleId}`, `#${x.articleId}`)])),
    el("h2", {}, "Status history"),
    table(["published", "outlet", "status", "by", "evidence", "rule"], (c.history || []).map((h) => [
      day(h.published), h.outlet, badge(h.status), h.by,
      link(withQuery(`/articles/${h.articleId}`, { span: `${h.evidenceSpan.begin}-${h.evidenceSpan.end}` }), h.evidence),
      el("code", {}, h.rule),
    ]), { class: "rows", id: "claim-history" }),
    exportButtons("/api/claims", { q: c.proposition }));
}
