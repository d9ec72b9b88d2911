// Turns a newsledger/1 record into facts: one per highlighted span, each with its layer, its
// evidence span (char offsets into the article text, end-exclusive) and the rule that produced it.

/** The layers a reader can show, in drawing order (outermost first). */
export const LAYERS = [
  ["contents", "Contents"],
  ["sources", "Sources"],
  ["cues", "Cues"],
  ["entities", "Entities"],
  ["times", "Times"],
  ["quantities", "Quantities"],
  ["events", "Events"],
  ["claims", "Claims"],
];

/** Every speaker of the record's attributions, in first-seen order. */
export function speakers(record) {
  const names = [];
  for (const a of record.attributions || []) {
    if (!names.includes(a.source.name)) names.push(a.source.name);
  }
  return names;
}

/** The chain of sources an attribution is reported through, outermost first ("media → officials"). */
export function chain(record, attribution) {
  const byId = new Map((record.attributions || []).map((a) => [a.id, a]));
  const names = [attribution.source.name];
  const seen = new Set([attribution.id]);
  for (let a = attribution; a.via && byId.has(a.via) && !seen.has(a.via); ) {
    a = byId.get(a.via);
    seen.add(a.id);
    names.unshift(a.source.name);
  }
  return names.join(" → ");
}

/** What a reader quotes of an attribution: a quotation split around its reporting clause gives its parts joined by " … ". */
export function said(attribution) {
  const parts = attribution.content_parts || [attribution.content];
  return parts.map((part) => part.text).join(" … ");
}

/** The record's facts, each {id, layer, label, begin, end, rule, speaker?, details}. */
export function facts(record) {
  const out = [];
  const add = (fact) => {
    if (fact.begin !== null && fact.begin !== undefined && fact.end > fact.begin) out.push(fact);
  };
  for (const a of record.attributions || []) {
    const speaker = a.source.name;
    const via = chain(record, a);
    const details = { speaker, chain: via, kind: a.kind, cue: a.cue.text, content: said(a) };
    // one fact per quoted part, so the reporting clause between the parts is never coloured as said
    (a.content_parts || [a.content]).forEach((part, i) => {
      const id = i === 0 ? `${a.id}.content` : `${a.id}.content.${i + 1}`;
      add({ id, attribution: a.id, layer: "contents", label: `what ${speaker} ${a.cue.text}`, begin: part.begin, end: part.end, rule: a.rule, speaker, details });
    });
    add({ id: `${a.id}.cue`, attribution: a.id, layer: "cues", label: `cue of ${speaker}`, begin: a.cue.begin, end: a.cue.end, rule: a.rule, speaker, details });
    if (a.source.begin !== null && a.source.begin !== undefined) {
      add({ id: `${a.id}.source`, attribution: a.id, layer: "sources", label: `source: ${via}`, begin: a.source.begin, end: a.source.end, rule: a.rule, speaker, details });
    }
  }
  for (const e of record.entities || []) {
    for (const m of e.mentions || []) {
      add({ id: m.id, layer: "entities", label: `${e.name} (${e.type})`, begin: m.begin, end: m.end, rule: m.rule, details: { entity: e.name, type: e.type, kind: m.kind } });
    }
  }
  for (const t of record.times || []) {
    add({ id: t.id, layer: "times", label: `time ${t.value || t.text}`, begin: t.begin, end: t.end, rule: t.rule, details: { type: t.type, value: t.value } });
  }
  for (const q of record.quantities || []) {
    add({ id: q.id, layer: "quantities", label: `quantity ${q.text}`, begin: q.begin, end: q.end, rule: q.rule, details: { value: q.value, unit: q.unit, qualifier: q.qualifier } });
  }
  for (const v of record.events || []) {
    add({ id: v.id, layer: "events", label: `event ${v.type}`, begin: v.trigger.begin, end: v.trigger.end, rule: v.rule, details: { type: v.type, mode: v.mode, actor: v.actor && v.actor.name, target: v.target && v.target.name, modality: v.modality, negated: v.negated } });
  }
  for (const c of record.claims || []) {
    add({ id: c.id, layer: "claims", label: `claim (${c.status})`, begin: c.proposition.begin, end: c.proposition.end, rule: c.rule, details: { status: c.status, sources: (c.sources || []).map((s) => s.name).join(", ") } });
  }
  return out;
}
