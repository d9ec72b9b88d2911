// A timeline chart (Chart.js, from its WebJar): per day, statements by publication date and events
// by the date the text gives them, so event time and publication time stay apart.
import { el } from "./dom.js";

/** A bar chart of statements and events per day; a note when Chart.js is not loaded. */
export function timelineChart(statements, events) {
  const published = count(statements.map((s) => s.published));
  const happened = count(events.map((e) => e.eventDay));
  const days = [...new Set([...published.keys(), ...happened.keys()])].sort();
  const canvas = el("canvas", { class: "timeline-chart", height: 90 });
  const box = el("div", { class: "chart" }, canvas);
  if (!window.Chart || !days.length) return box;
  new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: days,
      datasets: [
        { label: "statements (by publication day)", data: days.map((d) => published.get(d) || 0), backgroundColor: "#7aa6d8" },
        { label: "events (by event day)", data: days.map((d) => happened.get(d) || 0), backgroundColor: "#e39a6a" },
      ],
    },
    options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return box;
}

function count(values) {
  const counts = new Map();
  for (const value of values) {
    if (!value) continue;
    const d = String(value).slice(0, 10);
    counts.set(d, (counts.get(d) || 0) + 1);
  }
  return counts;
}
