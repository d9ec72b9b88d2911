// Small DOM helpers. Text always goes in with textContent: article text is untrusted and is never
// parsed as HTML.

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link to a path of this site built from fixed parts and encoded values. */
export function link(path, text, attributes = {}) {
  return el("a", { href: path, ...attributes }, text);
}

/** A path with a query string from the non-empty values of params. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The day part of an ISO date-time, or "?". */
export function day(published) {
  return published ? String(published).slice(0, 10) : "?";
}

/** A table from column headers and rows of cells. */
export function table(headers, rows, attributes = {}) {
  return el(
    "table",
    attributes,
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((c) => el("td", {}, c))))),
  );
}

/** A colour for the i-th speaker, well apart from its neighbours. */
export function speakerColour(i) {
  return `hsl(${(i * 137.508) % 360}, 70%, 82%)`;
}

/** A status badge ("disputed", "confirmed", ...). */
export function badge(status) {
  return el("span", { class: `badge status-${status}` }, status);
}
