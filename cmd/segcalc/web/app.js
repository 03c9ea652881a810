// segcalc -serve: the calculator page. No framework, no build step: it
// sends the form to POST /api/analyze on every change, with at most one
// request in flight, drops answers that are stale by the time they arrive,
// and draws the answer. Every number comes from the server (the smsseg
// library); this file only lays it out.
"use strict";

const $ = (id) => document.getElementById(id);

// Instrumentation read by the browser test: the time from the first input
// not yet shown to the view that shows it, for every render.
const seg = (window.segcalc = {
  version: 0,         // bumped by every change of the form
  renderedVersion: 0, // the version the view shows
  pendingSince: null, // performance.now() of the first change not shown yet
  // The last 100 of each, in ms:
  latencies: [],      // one per render that followed a change: to the DOM updated
  fetchMs: [],        // ms from a request sent to its answer decoded
  renderMs: [],       // ms spent in render, per answer shown
  frames: [],         // ms, the same to the next animation frame (the update painted)
  requests: 0,        // requests sent
  maxInFlight: 0,     // the most requests in flight at once (1)
  dropped: 0,         // stale answers dropped
  last: null,         // the last answer shown
});

// keep appends v to the list, which holds the last 100 values.
const keep = (list, v) => { list.push(v); if (list.length > 100) list.shift(); };

let vendors = [];
let inFlight = 0;
let sentText = "";  // the text of the request the view shows (suggestion edits refer to it)
let lastSent = "";

const cp = (r) => "U+" + r.codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
const plural = (n, one, many) => n + " " + (n === 1 ? one : many);
const className = (enc, shift) => (shift && shift !== "none" ? `${enc} (${shift} shift)` : enc);

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k);
  return e;
}

function currentVendor() {
  return vendors.find((v) => v.name === $("vendor").value) || vendors[0];
}

function body() {
  const v = currentVendor();
  const options = {
    nfc: $("opt-nfc").checked,
    smart: $("opt-smart").checked,
    ascii: $("opt-ascii").checked,
  };
  const op = $("opcode").value.trim();
  if (op !== "") options.opcode = op.toUpperCase();
  if (v && v.optout.length > 0) {
    const list = v.optout.filter((name) => {
      const box = $("optout-" + name);
      return box && box.checked;
    });
    if (list.length > 0) options.optout = list;
  }
  const req = { text: $("text").value, vendor: v ? v.name : "", options, all: true };
  const r = $("recipients").value.trim();
  if (r !== "") req.recipients = /^[0-9]+$/.test(r) ? Number(r) : r;
  return req;
}

function changed() {
  seg.version++;
  if (seg.pendingSince === null) seg.pendingSince = performance.now();
  if (inFlight === 0) send();
}

async function send() {
  const version = seg.version;
  const req = body();
  lastSent = req.text;
  inFlight++;
  seg.requests++;
  seg.maxInFlight = Math.max(seg.maxInFlight, inFlight);
  let answer, status = 0;
  const f0 = performance.now();
  try {
    const res = await fetch("api/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(req),
    });
    status = res.status;
    answer = await res.json();
  } catch (e) {
    answer = { error: { message: "segcalc: the server did not answer (" + e + "); is segcalc -serve still running?" } };
  }
  inFlight--;
  keep(seg.fetchMs, performance.now() - f0);
  if (version !== seg.version) {
    // The form changed while this request was out: its answer is stale.
    seg.dropped++;
    send();
    return;
  }
  sentText = req.text;
  const r0 = performance.now();
  render(answer, status);
  keep(seg.renderMs, performance.now() - r0);
  seg.renderedVersion = version;
  seg.last = answer;
  if (seg.pendingSince !== null) {
    const since = seg.pendingSince;
    keep(seg.latencies, performance.now() - since);
    seg.pendingSince = null;
    requestAnimationFrame(() => keep(seg.frames, performance.now() - since));
  }
}

function render(a, status) {
  const errBox = $("request-error");
  if (a.error) {
    errBox.textContent = a.error.message + (status ? ` (HTTP ${status})` : "");
    errBox.hidden = false;
    $("result").classList.add("stale");
    return;
  }
  errBox.hidden = true;
  $("result").classList.remove("stale");
  const text = a.text;
  const chars = Array.from($("text").value).length;
  $("counter").textContent = `${plural(chars, "character", "characters")} typed · ${a.units} units · ${plural(a.segments, "message", "messages")} per recipient`;

  $("segments").textContent = a.segments;
  $("segments-note").textContent =
    a.parts.length !== a.segments && a.segments > 0 ? `(the text splits into ${a.parts.length} parts)` : plural(a.segments, "message", "messages").replace(/^\d+ /, "");
  $("credits").textContent = a.credits.toLocaleString("en");
  $("credits-note").textContent = `= ${a.segments} × ${a.recipients.toLocaleString("en")} ${a.recipients === 1 ? "recipient" : "recipients"}`;
  $("encoding").textContent = className(a.encoding, a.shift);
  $("units").textContent = a.units;
  $("units-note").textContent = `(${plural(a.runes, "character", "characters")}${a.truncated ? `, ${a.truncated} cut off` : ""})`;
  $("remaining").textContent = a.remaining;
  $("params").textContent = JSON.stringify(a.params);

  const why = $("why");
  why.replaceChildren(...a.why.map((w) => el("li", { text: w })));

  const pos = (off16) => Array.from(text.slice(0, off16)).length + 1;
  const issueItem = (is, off16) =>
    el("li", { text: `${is.code} at character ${pos(off16)}${is.rune !== undefined ? ` ('${is.rune}' ${cp(is.rune)})` : ""}: ${is.message}` });
  // An empty box is no mistake: its "empty" error is not listed.
  const listed = $("text").value === "" ? [] : a.errors;
  $("errors").replaceChildren(...listed.map((is, i) => issueItem(is, a.utf16.errors[i])));
  $("warnings").replaceChildren(...a.warnings.map((is, i) => issueItem(is, a.utf16.warnings[i])));

  renderParts(a);
  renderWire(a);
  renderAll(a);
  renderSave(a);
}

// renderParts draws the delivered text part by part, with the runes that
// matter marked in place.
function renderParts(a) {
  const text = a.text;
  const marks = new Map();
  for (const m of a.marks) marks.set(m.offset16, { m, errors: [] });
  a.errors.forEach((is, i) => {
    if (is.rune === undefined) return;
    const off = a.utf16.errors[i];
    let e = marks.get(off);
    if (!e) marks.set(off, (e = { m: null, errors: [] }));
    e.errors.push(is);
  });
  const used = { two: false, forced: false, ruled: false, replaced: false, rejected: false, tail: false };
  const frag = document.createDocumentFragment();
  const list = [];
  const n = a.utf16.parts.length;
  const plainInto = (node, s) => {
    const lines = s.split("\n");
    lines.forEach((line, i) => {
      if (i > 0) node.append(el("span", { class: "nl" }, "\n"));
      if (line) node.append(line);
    });
  };
  a.utf16.parts.forEach(([start, end], i) => {
    const pt = a.parts[i];
    const span = el("span", { class: "part c" + (i % 4), "data-label": String(i + 1), "data-units": String(pt.units), title: `part ${i + 1} of ${n} · ${plural(pt.units, "unit", "units")}` });
    let at = start;
    for (let off = start; off < end; off++) {
      const e = marks.get(off);
      if (!e) continue;
      if (off > at) plainInto(span, text.slice(at, off));
      const len = e.m ? e.m.len16 : text.codePointAt(off) > 0xffff ? 2 : 1;
      const ch = text.slice(off, off + len);
      const cls = ["mk"];
      const tip = [`'${ch}' ${cp(ch)}`];
      if (e.m) {
        tip.push(`costs ${plural(e.m.units, "unit", "units")}`);
        if (e.m.units === 2) { cls.push("two"); used.two = true; }
        if (e.m.forced) { cls.push("forced"); used.forced = true; tip.push(`forced the ${a.encoding} encoding`); }
        if (e.m.ruled_out.length) { cls.push("ruled"); used.ruled = true; tip.push(`not in ${e.m.ruled_out.join(", ")}`); }
        if (e.m.replaced) { cls.push("replaced"); used.replaced = true; tip.push(`you typed '${e.m.src}' (${cp(e.m.src)}); the vendor sends '${ch}'`); }
        if (e.m.rejected) { cls.push("rejected"); used.rejected = true; tip.push("the vendor rejects it"); }
        if (e.m.tail) { cls.push("tail"); used.tail = true; tip.push("added by the vendor or the operator"); }
      }
      if (e.errors.length) {
        if (!cls.includes("rejected")) cls.push("rejected");
        used.rejected = true;
        for (const is of e.errors) tip.push(`error ${is.code}`);
      }
      const mk = el("span", { class: cls.join(" "), title: tip.join(" · "), "data-offset": String(off) });
      plainInto(mk, ch);
      span.append(mk);
      if (list.length < 500) list.push(el("li", { text: `${tip[0]} at character ${Array.from(text.slice(0, off)).length + 1}: ${tip.slice(1).join(", ")}` }));
      at = off + len;
      off = at - 1;
    }
    if (end > at) plainInto(span, text.slice(at, end));
    frag.append(span);
  });
  $("parts").replaceChildren(frag);
  $("part-list").replaceChildren(
    ...a.parts.map((pt, i) => {
      const [s, e] = a.utf16.parts[i];
      const chars = Array.from(text.slice(s, e)).length;
      return el("li", { text: `${plural(pt.units, "unit", "units")}, ${plural(chars, "character", "characters")}` });
    })
  );
  if (a.parts.length === 0) $("parts").append(el("span", { class: "hint", text: "Nothing to send yet." }));
  for (const item of document.querySelectorAll("#legend .item")) item.hidden = !used[item.dataset.k];
  $("legend").hidden = !Object.values(used).some(Boolean);
  $("marks-count").textContent = a.marks.length;
  $("marks").replaceChildren(...list);
}

function renderWire(a) {
  const v = currentVendor();
  let hint = `The value of ${a.vendor}'s message field.`;
  if (v && v.description.wire !== "text") hint += " Pipe codes (|NN|) stand for the special characters.";
  if (!a.text.startsWith(a.wire) || a.wire.length < a.text.length) {
    if (a.text.length > 0 && (body().options.opcode || body().options.optout)) hint += " The opt-out text and the operator code are added after sending, so they are not in it.";
  }
  $("wire").textContent = a.wire;
  $("wire-hint").textContent = hint;
}

function renderAll(a) {
  const rows = a.all || [];
  let best = Infinity;
  for (const r of rows) if (r.errors === 0 && r.segments > 0) best = Math.min(best, r.credits);
  $("all").tBodies[0].replaceChildren(
    ...rows.map((r) => {
      const cls = [r.vendor === a.vendor ? "current" : "", r.errors === 0 && r.credits === best ? "cheapest" : ""].join(" ").trim();
      return el(
        "tr",
        { class: cls },
        el("td", { text: r.vendor }),
        el("td", { text: className(r.encoding, r.shift) }),
        el("td", { class: "n", text: r.units }),
        el("td", { class: "n", text: r.segments }),
        el("td", { class: "n", text: r.credits.toLocaleString("en") }),
        el("td", { text: r.errors === 0 ? "none" : `${r.errors} (${r.first_error})` })
      );
    })
  );
}

// renderSave draws the save suggestions (the library's), each with a button
// that applies it.
function renderSave(a) {
  const list = a.suggestions || [];
  $("save").hidden = a.segments === 0 && list.length === 0;
  $("save-none").hidden = list.length > 0;
  $("suggestions").replaceChildren(
    ...list.map((s, i) => {
      let what;
      if (s.options) {
        what = "Turn on " + s.options.join(" ");
      } else if (s.edits) {
        const pairs = [...new Set(s.edits.map((e) => `${e.from || "(nothing)"} → ${e.to || "(nothing)"}`))];
        what = `Change ${plural(s.edits.length, "character", "characters")}: ${pairs.slice(0, 4).join(", ")}${pairs.length > 4 ? ", …" : ""}`;
      } else {
        what = "Change the text";
      }
      const result = `${className(s.encoding, s.shift)}, ${plural(s.segments, "message", "messages")}, ${Number(s.credits).toLocaleString("en")} credits`;
      const saves = `saves ${Number(s.saves).toLocaleString("en")} credits`;
      return el(
        "li",
        { "data-index": String(i) },
        el("span", { class: "what", text: what }),
        el("span", { class: "result", text: "→ " + result }),
        el("strong", { class: "saves", text: saves }),
        el("button", { type: "button", class: "apply", "aria-label": `Apply: ${what} (${saves})`, onclick: () => apply(s) }, "Apply")
      );
    })
  );
}

const optionBoxes = { "-nfc": "opt-nfc", "-smart": "opt-smart", "-ascii": "opt-ascii" };

// apply applies a suggestion: its options to the toggles, or its edits
// (byte offsets into the text the answer was for) to the text.
function apply(s) {
  if (s.options) {
    for (const o of s.options) {
      const id = optionBoxes[o];
      if (id) $(id).checked = true;
    }
  }
  if (s.edits) {
    const ta = $("text");
    if (ta.value !== sentText) return; // the text changed since: the offsets no longer hold
    const enc = new TextEncoder();
    let bytes = enc.encode(sentText);
    const edits = [...s.edits].sort((x, y) => y.offset - x.offset);
    for (const e of edits) {
      const from = enc.encode(e.from);
      const at = e.offset;
      if (at < 0 || at + from.length > bytes.length || !from.every((b, k) => bytes[at + k] === b)) {
        $("request-error").textContent = `segcalc: the suggestion does not match the text at byte ${at}; nothing changed`;
        $("request-error").hidden = false;
        return;
      }
      const to = enc.encode(e.to);
      const next = new Uint8Array(bytes.length - from.length + to.length);
      next.set(bytes.subarray(0, at), 0);
      next.set(to, at);
      next.set(bytes.subarray(at + from.length), at + to.length);
      bytes = next;
    }
    ta.value = new TextDecoder().decode(bytes);
  }
  changed();
  $("text").focus();
}

function renderVendorPicker(def) {
  const sel = $("vendor");
  sel.replaceChildren(
    ...vendors.map((v) => el("option", { value: v.name, text: `${v.name} — ${v.title}${v.loaded ? " (loaded)" : ""}` }))
  );
  sel.value = def;
  updateOptOut();
}

function updateOptOut() {
  const v = currentVendor();
  const names = v ? v.optout : [];
  $("optout-box").hidden = names.length === 0;
  for (const name of ["link", "phone"]) {
    const box = $("optout-" + name);
    if (box) box.parentElement.hidden = !names.includes(name);
  }
}

async function start() {
  $("form").addEventListener("submit", (e) => e.preventDefault());
  $("text").addEventListener("input", changed);
  $("vendor").addEventListener("change", () => { updateOptOut(); changed(); });
  for (const id of ["opt-nfc", "opt-smart", "opt-ascii", "optout-link", "optout-phone"]) $(id).addEventListener("change", changed);
  $("opcode").addEventListener("input", changed);
  $("recipients").addEventListener("input", changed);
  try {
    const res = await fetch("api/vendors");
    const v = await res.json();
    vendors = v.vendors;
    renderVendorPicker(v.default);
  } catch (e) {
    render({ error: { message: "segcalc: could not load the vendors (" + e + ")" } }, 0);
    return;
  }
  changed();
}

start();
