// The analyze view: paste text or pick a file, post it to /api/analyze and read the result in the
// article reader.
import { el } from "./dom.js";
import { postBody } from "./api.js";
import { reader, articleHeader } from "./reader.js";

/** Renders the analyze form; the result appears below it. */
export function analyzeView() {
  const text = el("textarea", { id: "analyze-text", rows: 10, cols: 90, placeholder: "Headline\n\nBody of the article …" });
  const type = el("select", { id: "analyze-type" },
    el("option", { value: "text/plain" }, "plain text (first line the headline)"),
    el("option", { value: "text/html" }, "HTML page"),
    el("option", { value: "application/json" }, "JSON article {id, title, published, url, text}"));
  const file = el("input", { type: "file", id: "analyze-file", accept: ".txt,.html,.htm,.json" });
  const result = el("div", { id: "analyze-result" });
  file.addEventListener("change", async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    text.value = await chosen.text();
    type.value = /\.html?$/i.test(chosen.name) ? "text/html" : /\.json$/i.test(chosen.name) ? "application/json" : "text/plain";
  });
  const run = async (event) => {
    event.preventDefault();
    result.replaceChildren(el("p", { class: "muted" }, "Analyzing…"));
    try {
      const record = await postBody("/api/analyze", text.value, type.value);
      result.replaceChildren(articleHeader({}, record), reader(record));
    } catch (error) {
      result.replaceChildren(el("p", { class: "error" }, error.message));
    }
  };
  return el("section", { class: "analyze" },
    el("h1", {}, "Analyze an article"),
    el("form", { id: "analyze-form", onsubmit: run },
      el("p", {}, text), el("p", {}, type, " ", file, " ", el("button", { type: "submit", id: "analyze-run" }, "Analyze"))),
    result);
}
