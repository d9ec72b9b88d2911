// The article reader: the text with toggleable layers of facts, a panel showing the clicked fact's
// evidence span and rule, and a side table of who said what. Text is set with textContent only.
import { el, table, speakerColour, link } from "./dom.js";
import { LAYERS, facts, speakers, chain, said } from "./facts.js";

/**
 * Renders a record into a new element. options.layers: the layer names shown; options.onState:
 * called with {layers, fact} when the reader's state changes (for the address); options.fact: the
 * fact id selected at start.
 */
export function reader(record, options = {}) {
  const all = facts(record);
  const colours = new Map(speakers(record).map((name, i) => [name, speakerColour(i)]));
  const state = { layers: new Set(options.layers || LAYERS.map(([name]) => name)), fact: options.fact || null };
  const text = el("div", { class: "article-text", id: "article-text" });
  const panel = el("aside", { class: "fact-panel", id: "fact-panel" }, el("p", { class: "muted" }, "Click a highlighted passage to see its evidence and rule."));
  const toggles = el("div", { class: "layers", id: "layers" });

  const changed = () => options.onState && options.onState({ layers: [...state.layers], fact: state.fact });
  const select = (id) => {
    state.fact = id;
    showFact(panel, record, all.find((f) => f.id === id), colours);
    for (const node of text.querySelectorAll(".selected")) node.classList.remove("selected");
    for (const node of text.querySelectorAll("[data-facts]")) {
      if (node.dataset.facts.split(" ").includes(id)) node.classList.add("selected");
    }
    changed();
  };
  const draw = () => {
    drawText(text, record.text, all.filter((f) => state.layers.has(f.layer)), colours, (ids) => select(pick(all, ids)));
    if (state.fact && all.some((f) => f.id === state.fact)) select(state.fact);
  };
  for (const [name, label] of LAYERS) {
    const box = el("input", { type: "checkbox", id: `layer-${name}`, checked: state.layers.has(name) });
    box.addEventListener("change", () => {
      if (box.checked) state.layers.add(name);
      else state.layers.delete(name);
      draw();
      changed();
    });
    toggles.append(el("label", { class: `toggle layer-${name}` }, box, " ", label));
  }
  draw();
  const whoSaid = whoSaidTable(record, colours, (id) => select(`${id}.content`));
  return el("div", { class: "reader" }, toggles, el("div", { class: "reader-body" }, text, el("div", { class: "side" }, panel, el("h3", {}, "Who said what"), whoSaid)));
}

/** The innermost fact among those covering a clicked passage (attributions first). */
function pick(all, ids) {
  const covering = all.filter((f) => ids.includes(f.id));
  covering.sort((a, b) => (a.end - a.begin) - (b.end - b.begin));
  const attribution = covering.find((f) => f.layer === "sources" || f.layer === "cues") || covering.find((f) => f.layer === "contents");
  return (attribution || covering[0]).id;
}

/** Splits the text at every fact boundary; each piece is a span naming the facts covering it. */
function drawText(container, text, shown, colours, onClick) {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const f of shown) {
    cuts.add(Math.max(0, Math.min(text.length, f.begin)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const begin = points[i];
    const end = points[i + 1];
    const covering = shown.filter((f) => f.begin <= begin && f.end >= end);
    const piece = document.createElement("span");
    piece.textContent = text.slice(begin, end);
    if (covering.length) {
      piece.dataset.facts = covering.map((f) => f.id).join(" ");
      piece.className = "fact " + [...new Set(covering.map((f) => `l-${f.layer}`))].join(" ");
      const content = covering.find((f) => f.layer === "contents");
      if (content) piece.style.backgroundColor = colours.get(content.speaker);
      const source = covering.find((f) => f.layer === "sources");
      if (source) piece.style.borderBottomColor = colours.get(source.speaker).replace("82%", "45%");
      piece.title = covering.map((f) => f.label).join("\n");
      piece.addEventListener("click", () => onClick(covering.map((f) => f.id)));
    }
    container.append(piece);
  }
}

/** Shows a fact: what it is, its evidence words and span, and the rule. */
function showFact(panel, record, fact, colours) {
  if (!fact) return;
  const rows = [
    ["layer", fact.layer],
    ["evidence", el("q", { class: "evidence" }, record.text.slice(fact.begin, fact.end))],
    ["span", `${fact.begin}–${fact.end}`],
    ["rule", el("code", { class: "rule" }, fact.rule)],
  ];
  for (const [name, value] of Object.entries(fact.details || {})) {
    if (value !== null && value !== undefined && value !== "") rows.push([name, String(value)]);
  }
  const swatch = fact.speaker ? el("span", { class: "swatch", style: `background:${colours.get(fact.speaker)}` }) : null;
  panel.replaceChildren(
    el("h3", {}, swatch, fact.label),
    el("dl", { class: "fact-details", dataset: { fact: fact.id } }, rows.map(([name, value]) => [el("dt", {}, name), el("dd", { class: `fd-${name}` }, value)])),
  );
}

/** One row per attribution: speaker (with its chain), cue and content; a click selects it. */
function whoSaidTable(record, colours, onSelect) {
  const rows = (record.attributions || []).map((a) => [
    el("span", {}, el("span", { class: "swatch", style: `background:${colours.get(a.source.name)}` }), chain(record, a)),
    a.cue.text,
    el("a", { href: "#", class: "said", onclick: (event) => { event.preventDefault(); onSelect(a.id); } }, said(a)),
  ]);
  return rows.length ? table(["speaker", "cue", "what"], rows, { class: "who-said", id: "who-said" }) : el("p", { class: "muted" }, "No attributed statements.");
}

/** A small header of the article's metadata. */
export function articleHeader(article, record) {
  const meta = record.article || {};
  return el("div", { class: "article-meta" },
    el("h1", {}, meta.title || article.title || meta.id || "(untitled)"),
    el("p", { class: "muted" }, [meta.published || "no date", article.outlet ? ` · ${article.outlet}` : "", article.story ? " · " : ""], article.story ? link(`/stories/${article.story}`, `story ${article.story}`) : ""));
}
