/*
 * The pre-entry page (事前入力): the tablet's questions on a phone, ending in a QR code.
 *
 * Plain JavaScript, no build step. Everything the resident enters stays in this page's memory:
 * the page fetches only its wording (i18n/<lang>.json) and, for the postal-code candidates, the
 * file of the code's first three digits (postal/204.json): the server never learns the answers.
 * The QR code is drawn here (qrcode.js, MIT, vendored) from the format documented in
 * docs/preentry-format.md: "KM1:" + base45(zlib(compact JSON)), read back at the counter by
 * forms.preentry.decode.
 *
 * The steps mirror the tablet's (steps_for in the resident flow), with two only the phone
 * needs: "you" (the name a card would give at the counter) and "onestop" (a 申請番号).
 */
"use strict";

(function () {
  const VERSION = 1;
  const MAX_PERSONS = 10;
  const RELATIONSHIPS = ["妻", "夫", "子", "父", "母", "兄", "弟", "姉", "妹", "同居人"];
  const B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  // 元号 and their first days (明治 from the first day of the solar calendar, 1873-01-01).
  const ERAS = [
    ["令和", "2019-05-01"],
    ["平成", "1989-01-08"],
    ["昭和", "1926-12-25"],
    ["大正", "1912-07-30"],
    ["明治", "1873-01-01"],
  ];

  let T = {};
  let languages = [];
  /** The municipality the page is for, as the tablet names it (「清瀬市の中で引っ越しました」). */
  let municipality = "";
  let lang = "ja";
  let S = fresh();
  let screen = "intro";
  let stepIndex = 0;
  let returnToCheck = false;
  let error = "";
  let code = "";
  const postalCache = new Map();

  function fresh() {
    return {
      kind: null,
      abroad: false,
      movedOn: "",
      postal: "",
      candidates: [],
      candidate: -1,
      banchi: "",
      katagaki: "",
      country: "",
      countryAddress: "",
      persons: [person()],
      rel: [""],
      head: null,
      related: {},
      onestop: "",
    };
  }

  function person() {
    return { f: "", g: "", fk: "", gk: "", b: "", s: "" };
  }

  // --- the steps (as the tablet's, plus "you" and "onestop") -------------------------------

  function stepsFor(kind, abroad) {
    const where = ["postal", "candidates", "banchi", "katagaki"];
    if (kind === "tenshutsu") {
      return ["date", ...(abroad ? ["country"] : where), "you", "members", "related"];
    }
    const origin = kind === "tennyu" && abroad ? ["country"] : [];
    const onestop = kind === "tennyu" && !abroad ? ["onestop"] : [];
    return ["date", ...origin, ...where, "you", "members", "household", "related", ...onestop];
  }

  function relatedQuestions() {
    const base = ["kokuho", "shogai_techo", "dog"];
    return S.kind === "tenshutsu" ? [...base, "inkan"] : base;
  }

  function steps() {
    return stepsFor(S.kind, S.abroad);
  }

  function step() {
    return steps()[stepIndex];
  }

  // --- wording -----------------------------------------------------------------------------

  function t(key, ...args) {
    let s = Object.prototype.hasOwnProperty.call(T, key) ? T[key] : key;
    args.forEach((a, i) => {
      s = s.split("%" + (i + 1)).join(String(a));
    });
    return s;
  }

  /** Text without furigana marks ({漢字|かんじ} → 漢字), for dialogs and attributes. */
  function plain(s) {
    return s.replace(/\{([^|}]*)\|[^}]*\}/g, "$1");
  }

  /** Text with furigana marks drawn as ruby (やさしい日本語). */
  function rich(s) {
    const out = document.createDocumentFragment();
    const re = /\{([^|}]*)\|([^}]*)\}/g;
    let last = 0;
    let m;
    while ((m = re.exec(s)) !== null) {
      if (m.index > last) out.append(s.slice(last, m.index));
      const ruby = document.createElement("ruby");
      const rt = document.createElement("rt");
      rt.textContent = m[2];
      ruby.append(m[1], rt);
      out.append(ruby);
      last = re.lastIndex;
    }
    if (last < s.length) out.append(s.slice(last));
    return out;
  }

  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "on") {
        for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
      } else if (k === "text") {
        e.append(rich(v));
      } else if (k === "className" || k === "value" || k === "type") {
        e[k] = v;
      } else {
        e.setAttribute(k, v === true ? "" : v);
      }
    }
    for (const kid of kids) {
      if (kid === null || kid === undefined || kid === false) continue;
      e.append(typeof kid === "string" ? rich(kid) : kid);
    }
    return e;
  }

  // --- dates -------------------------------------------------------------------------------

  function pad(n) {
    return String(n).padStart(2, "0");
  }

  function isoOf(d) {
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function todayISO() {
    return isoOf(new Date());
  }

  function daysAgoISO(n) {
    const d = new Date();
    d.setDate(d.getDate() - n);
    return isoOf(d);
  }

  function wareki(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    for (const [name, start] of ERAS) {
      if (iso >= start) {
        const year = y - Number(start.slice(0, 4)) + 1;
        return name + (year === 1 ? "元" : year) + "年" + m + "月" + d + "日";
      }
    }
    return y + "年" + m + "月" + d + "日";
  }

  function formatDate(iso) {
    if (!iso) return t("not_entered");
    if (lang.startsWith("ja")) {
      const [y, m, d] = iso.split("-").map(Number);
      return wareki(iso) + "（" + y + "年" + m + "月" + d + "日）";
    }
    const tag = (languages.find((l) => l.code === lang) || {}).lang || lang;
    try {
      return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(iso + "T00:00:00Z"),
      );
    } catch (e) {
      return iso;
    }
  }

  // --- checks that mirror the counter's ----------------------------------------------------

  /** 12 digits with a valid 個人番号 check digit: the counter refuses such a code, so say so. */
  function looksLikeMyNumber(text) {
    const digits = text
      .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[ -]/g, "");
    const re = /(^|[^0-9])([0-9]{12})(?![0-9])/g;
    let m;
    while ((m = re.exec(digits)) !== null) {
      const n = m[2];
      let total = 0;
      for (let i = 1; i <= 11; i++) {
        const p = Number(n[11 - i]);
        total += p * (i <= 6 ? i + 1 : i - 5);
      }
      const r = total % 11;
      if ((r <= 1 ? 0 : 11 - r) === Number(n[11])) return true;
    }
    return false;
  }

  function texts() {
    const out = [S.banchi, S.katagaki, S.country, S.countryAddress, S.onestop];
    for (const p of S.persons) out.push(p.f, p.g, p.fk, p.gk);
    return out;
  }

  function validate() {
    const s = step();
    const today = todayISO();
    if (s === "date") {
      if (!S.movedOn) return "err_date_missing";
      if (S.kind !== "tenshutsu" && S.movedOn > today) return "err_date_future";
    } else if (s === "country") {
      if (!S.country.trim()) return "err_country_missing";
    } else if (s === "candidates") {
      if (S.candidate < 0) return "err_choose_candidate";
    } else if (s === "banchi") {
      if (!S.banchi.replace(/-/g, "")) return "err_banchi_missing";
    } else if (s === "members") {
      for (let i = 1; i < S.persons.length; i++) {
        if (!S.persons[i].f.trim() && !S.persons[i].g.trim()) return "err_name_missing";
      }
    } else if (s === "household") {
      if (S.head === null) return "err_choose_head";
      for (let i = 0; i < S.persons.length; i++) {
        if (i !== S.head && !S.rel[i]) return "err_choose_relationship";
      }
    } else if (s === "related") {
      if (relatedQuestions().some((q) => !(q in S.related))) return "err_answer_all";
    } else if (s === "onestop") {
      if (!/^[0-9A-Za-z-]{0,20}$/.test(S.onestop)) return "err_check_input";
    }
    if (texts().some(looksLikeMyNumber)) return "err_check_input";
    return "";
  }

  // --- navigation --------------------------------------------------------------------------

  function go(next) {
    screen = next;
    error = "";
    render();
  }

  function startSteps() {
    stepIndex = 0;
    if (!S.movedOn && S.kind !== "tenshutsu") S.movedOn = todayISO();
    go("step");
  }

  async function next() {
    const problem = validate();
    if (problem) {
      error = problem;
      render();
      return;
    }
    if (step() === "postal") {
      const found = await lookupPostal(S.postal);
      if (found === null) {
        error = "postal_offline";
        render();
        return;
      }
      if (!found.length) {
        error = "err_postal_unknown";
        render();
        return;
      }
      const same =
        S.candidates.length === found.length &&
        S.candidates.every((c, i) => c.join("|") === found[i].join("|"));
      if (!same) {
        S.candidates = found;
        S.candidate = found.length === 1 ? 0 : -1;
      }
    }
    if (returnToCheck && !["postal", "candidates", "banchi"].includes(step())) {
      returnToCheck = false;
      go("check");
      return;
    }
    if (stepIndex + 1 < steps().length) {
      stepIndex += 1;
      go("step");
    } else {
      go("check");
    }
  }

  function back() {
    if (screen === "qr") return go("check");
    if (screen === "check") {
      stepIndex = steps().length - 1;
      return go("step");
    }
    if (screen === "abroad" || screen === "staff") return go("kind");
    if (screen === "kind") return go("intro");
    if (stepIndex > 0) {
      stepIndex -= 1;
      return go("step");
    }
    return go(S.kind === "tenkyo" ? "kind" : "abroad");
  }

  function edit(which) {
    const i = steps().indexOf(which);
    if (i < 0) return;
    stepIndex = i;
    returnToCheck = true;
    go("step");
  }

  function restart() {
    if (!window.confirm(plain(t("restart_confirm")))) return;
    S = fresh();
    code = "";
    returnToCheck = false;
    go("intro");
  }

  // --- postal codes ------------------------------------------------------------------------

  /** Candidates of a 7-digit code from the prefix file, or null when it cannot be loaded. */
  async function lookupPostal(digits) {
    if (!/^[0-9]{7}$/.test(digits)) return [];
    const prefix = digits.slice(0, 3);
    if (!postalCache.has(prefix)) {
      try {
        const response = await fetch("postal/" + prefix + ".json", { credentials: "omit" });
        if (response.status === 404) {
          postalCache.set(prefix, {});
        } else if (!response.ok) {
          return null;
        } else {
          postalCache.set(prefix, await response.json());
        }
      } catch (e) {
        return null;
      }
    }
    return postalCache.get(prefix)[digits.slice(3)] || [];
  }

  function normalisePostal(text) {
    return text
      .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[^0-9]/g, "")
      .slice(0, 7);
  }

  function normaliseBanchi(text) {
    return text
      .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[‐−ー－]/g, "-")
      .replace(/[^0-9-]/g, "")
      .slice(0, 24);
  }

  function addressText() {
    if (S.candidate < 0 || !S.candidates[S.candidate]) return "";
    const c = S.candidates[S.candidate];
    let text = c[0] + c[1] + c[2];
    if (S.banchi) text += S.banchi;
    if (S.katagaki) text += " " + S.katagaki;
    return text;
  }

  // --- the code ----------------------------------------------------------------------------

  function payload() {
    const all = steps();
    const d = { l: lang, c: todayISO(), k: S.kind };
    if (S.abroad) d.x = true;
    if (S.movedOn) d.d = S.movedOn;
    if (all.includes("candidates") && S.candidate >= 0) {
      const c = S.candidates[S.candidate];
      d.a = { z: S.postal, p: c[0], m: c[1] };
      if (c[2]) d.a.t = c[2];
      if (c[3]) d.a.tk = c[3];
      if (c[4]) d.a.g = c[4];
      if (S.banchi) d.a.b = S.banchi;
      if (S.katagaki.trim()) d.a.h = S.katagaki.trim();
    }
    if (all.includes("country") && S.country.trim()) {
      d.f = { n: S.country.trim() };
      if (S.countryAddress.trim()) d.f.a = S.countryAddress.trim();
    }
    const household = all.includes("household");
    d.p = S.persons.map((p, i) => {
      const o = {};
      for (const k of ["f", "g", "fk", "gk", "b", "s"]) {
        const v = (p[k] || "").trim();
        if (v) o[k] = v;
      }
      if (household && i !== S.head && S.rel[i]) o.r = S.rel[i];
      return o;
    });
    if (household && S.head !== null) d.h = S.head;
    const q = {};
    for (const k of relatedQuestions()) if (k in S.related) q[k] = S.related[k];
    if (Object.keys(q).length) d.q = q;
    if (all.includes("onestop") && S.onestop) d.o = S.onestop;
    return d;
  }

  function base45(bytes) {
    let out = "";
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      let n = bytes[i] * 256 + bytes[i + 1];
      const c = n % 45;
      n = (n - c) / 45;
      const d = n % 45;
      const e = (n - d) / 45;
      out += B45[c] + B45[d] + B45[e];
    }
    if (bytes.length % 2) {
      const n = bytes[bytes.length - 1];
      out += B45[n % 45] + B45[Math.floor(n / 45)];
    }
    return out;
  }

  async function makeCode() {
    const json = new TextEncoder().encode(JSON.stringify(payload()));
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream("deflate"));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    return "KM" + VERSION + ":" + base45(packed);
  }

  function qrSvg(text) {
    const qr = qrcode(0, "M");
    qr.addData(text, "Alphanumeric");
    qr.make();
    const n = qr.getModuleCount();
    const quiet = 4;
    const size = n + 2 * quiet;
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + size + " " + size);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", plain(t("qr_title")));
    svg.setAttribute("shape-rendering", "crispEdges");
    const bg = document.createElementNS(ns, "rect");
    bg.setAttribute("width", size);
    bg.setAttribute("height", size);
    bg.setAttribute("fill", "#fff");
    svg.append(bg);
    let d = "";
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (qr.isDark(r, c)) d += "M" + (c + quiet) + " " + (r + quiet) + "h1v1h-1z";
      }
    }
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", "#000");
    svg.append(path);
    svg.dataset.version = String((n - 17) / 4);
    return svg;
  }

  // --- views -------------------------------------------------------------------------------

  function nav(nextLabel, onNext) {
    return el(
      "div",
      { className: "nav" },
      el("button", { id: "back", type: "button", className: "secondary", on: { click: back } }, t("back")),
      el(
        "button",
        { id: "next", type: "button", className: "primary", on: { click: onNext || next } },
        nextLabel || t("next"),
      ),
    );
  }

  function errorLine() {
    return el("p", { id: "error", className: "error", role: "alert" }, error ? t(error) : "");
  }

  function choice(attrs, label, sub, onClick) {
    return el(
      "button",
      { type: "button", className: "choice", ...attrs, on: { click: onClick } },
      label,
      sub ? el("span", { className: "sub" }, sub) : null,
    );
  }

  function field(id, label, value, onInput, extra) {
    return [
      el("label", { className: "field", for: id }, label),
      el("input", { id, value, ...extra, on: { input: (e) => onInput(e.target.value) } }),
    ];
  }

  function viewIntro() {
    return [
      el("p", {}, t("intro1")),
      el("p", {}, t("intro2")),
      el("p", { className: "hint" }, t("bring")),
      el(
        "button",
        { id: "start", type: "button", className: "primary", on: { click: () => go("kind") } },
        t("start"),
      ),
    ];
  }

  function viewKind() {
    const pick = (answer) => () => {
      if (answer === "within") {
        S.kind = "tenkyo";
        S.abroad = false;
        startSteps();
      } else if (answer === "into" || answer === "out") {
        S.kind = answer === "into" ? "tennyu" : "tenshutsu";
        go("abroad");
      } else {
        go("staff");
      }
    };
    return [
      el("h2", { tabindex: "-1" }, t("q_kind")),
      choice({ "data-answer": "within" }, t("kind_within", municipality), t("kind_within_sub"), pick("within")),
      choice({ "data-answer": "into" }, t("kind_into", municipality), t("kind_into_sub"), pick("into")),
      choice({ "data-answer": "out" }, t("kind_out", municipality), t("kind_out_sub"), pick("out")),
      choice({ "data-answer": "other" }, t("kind_other"), t("staff_help"), pick("other")),
      el("div", { className: "nav" }, el("button", { id: "back", type: "button", className: "secondary", on: { click: back } }, t("back"))),
    ];
  }

  function viewAbroad() {
    const pick = (abroad) => () => {
      S.abroad = abroad;
      startSteps();
    };
    return [
      el("h2", { tabindex: "-1" }, t(S.kind === "tenshutsu" ? "q_abroad_out" : "q_abroad_into")),
      choice({ "data-answer": "no" }, t("abroad_no"), null, pick(false)),
      choice({ "data-answer": "yes" }, t("abroad_yes"), null, pick(true)),
      el("div", { className: "nav" }, el("button", { id: "back", type: "button", className: "secondary", on: { click: back } }, t("back"))),
    ];
  }

  function viewStaff() {
    return [
      el("h2", { tabindex: "-1" }, t("staff_help")),
      el("p", {}, t("other_end")),
      el("p", { className: "hint" }, t("bring")),
      el("div", { className: "nav" }, el("button", { id: "back", type: "button", className: "secondary", on: { click: back } }, t("back"))),
    ];
  }

  function personFields(i, withSex) {
    const p = S.persons[i];
    const set = (k) => (v) => {
      p[k] = v;
    };
    const out = [
      ...field("p" + i + "-f", t("family"), p.f, set("f"), { maxlength: "50", autocomplete: i ? "off" : "family-name" }),
      ...field("p" + i + "-g", t("given"), p.g, set("g"), { maxlength: "50", autocomplete: i ? "off" : "given-name" }),
      ...field("p" + i + "-fk", t("family_kana"), p.fk, set("fk"), { maxlength: "100" }),
      ...field("p" + i + "-gk", t("given_kana"), p.gk, set("gk"), { maxlength: "100" }),
      el("p", { className: "hint" }, t("kana_hint")),
      ...field("p" + i + "-b", t("birth"), p.b, (v) => {
        p.b = v;
        const w = document.getElementById("p" + i + "-b-text");
        if (w) w.textContent = v ? formatDate(v) : "";
      }, { type: "date", min: "1900-01-01", max: todayISO() }),
      el("p", { id: "p" + i + "-b-text", className: "wareki" }, p.b ? formatDate(p.b) : ""),
    ];
    if (withSex) {
      const sexButton = (value, key) =>
        el(
          "button",
          {
            type: "button",
            className: "secondary",
            "data-sex": value,
            "aria-pressed": p.s === value ? "true" : "false",
            on: {
              click: () => {
                p.s = p.s === value ? "" : value;
                render();
              },
            },
          },
          t(key),
        );
      out.push(
        el("p", { className: "field" }, t("sex")),
        el("div", { className: "row" }, sexButton("1", "male"), sexButton("2", "female")),
      );
    }
    return out;
  }

  function personName(i) {
    const p = S.persons[i];
    const name = (p.f + " " + p.g).trim();
    if (i === 0) {
      if (!name) return t("you");
      return lang.startsWith("ja") ? t("you") + "（" + name + "）" : t("you") + " (" + name + ")";
    }
    return name || t("added_person", i);
  }

  function viewStep() {
    const s = step();
    const all = steps();
    const last = stepIndex === all.length - 1 || returnToCheck;
    const out = [el("p", { className: "step" }, t("step_of", stepIndex + 1, all.length))];
    const out2 = [];
    let nextLabel = last && !["postal", "candidates", "banchi"].includes(s) ? t("to_check") : t("next");
    if (s === "date") {
      out.push(el("h2", { tabindex: "-1" }, t(S.kind === "tenshutsu" ? "q_date_out" : "q_date")));
      out.push(
        el("input", {
          id: "move-date",
          type: "date",
          value: S.movedOn,
          max: S.kind === "tenshutsu" ? undefined : todayISO(),
          "aria-label": plain(t(S.kind === "tenshutsu" ? "q_date_out" : "q_date")),
          on: {
            input: (e) => {
              S.movedOn = e.target.value;
              document.getElementById("move-date-text").textContent = formatDate(S.movedOn);
            },
          },
        }),
        el("p", { id: "move-date-text", className: "wareki" }, S.movedOn ? formatDate(S.movedOn) : ""),
        el(
          "div",
          { className: "row" },
          el("button", { type: "button", className: "secondary", id: "today", on: { click: () => { S.movedOn = todayISO(); error = ""; render(); } } }, t("today")),
          S.kind === "tenshutsu"
            ? null
            : el("button", { type: "button", className: "secondary", id: "yesterday", on: { click: () => { S.movedOn = daysAgoISO(1); error = ""; render(); } } }, t("yesterday")),
        ),
      );
    } else if (s === "country") {
      out.push(el("h2", { tabindex: "-1" }, t(S.kind === "tenshutsu" ? "q_country_out" : "q_country_into")));
      out.push(...field("country", t("country"), S.country, (v) => (S.country = v), { maxlength: "40", autocomplete: "country-name" }));
      out.push(...field("country-address", t("country_address"), S.countryAddress, (v) => (S.countryAddress = v), { maxlength: "120" }));
    } else if (s === "postal") {
      out.push(el("h2", { tabindex: "-1" }, t(S.kind === "tenshutsu" ? "q_postal_out" : "q_postal")));
      out.push(...field("postal", t("postal_label"), S.postal, (v) => (S.postal = normalisePostal(v)), {
        inputmode: "numeric",
        maxlength: "8",
        autocomplete: "postal-code",
        placeholder: "2040011",
      }));
    } else if (s === "candidates") {
      out.push(el("h2", { tabindex: "-1" }, t("q_candidates")));
      S.candidates.forEach((c, i) => {
        out.push(
          choice(
            { "data-candidate": String(i), "aria-pressed": S.candidate === i ? "true" : "false" },
            c[0] + c[1] + c[2],
            c[3] || null,
            () => {
              S.candidate = i;
              next();
            },
          ),
        );
      });
    } else if (s === "banchi") {
      out.push(el("h2", { tabindex: "-1" }, t("q_banchi")));
      out.push(el("p", { className: "hint" }, addressText()));
      out.push(...field("banchi", t("banchi"), S.banchi, (v) => {
        S.banchi = normaliseBanchi(v);
      }, { inputmode: "numeric", maxlength: "24", placeholder: "1-2-3" }));
      out.push(el("p", { className: "hint" }, t("banchi_example")));
    } else if (s === "katagaki") {
      out.push(el("h2", { tabindex: "-1" }, t("q_katagaki")));
      out.push(el("p", { className: "hint" }, t("katagaki_hint")));
      out.push(...field("katagaki", t("katagaki"), S.katagaki, (v) => (S.katagaki = v), {
        maxlength: "60",
      }));
      out.push(
        el("button", {
          type: "button",
          className: "secondary",
          id: "katagaki-none",
          on: { click: () => { S.katagaki = ""; next(); } },
        }, t("katagaki_none")),
      );
    } else if (s === "you") {
      out.push(el("h2", { tabindex: "-1" }, t("q_you")));
      out.push(el("p", { className: "hint" }, t("you_hint")));
      out.push(...personFields(0, false));
    } else if (s === "members") {
      out.push(el("h2", { tabindex: "-1" }, t("q_members")));
      for (let i = 1; i < S.persons.length; i++) {
        out.push(
          el(
            "div",
            { className: "card", "data-person": String(i) },
            el("h3", {}, t("person_n", i)),
            ...personFields(i, true),
            el("button", {
              type: "button",
              className: "secondary",
              "data-remove": String(i),
              on: {
                click: () => {
                  S.persons.splice(i, 1);
                  S.rel.splice(i, 1);
                  if (S.head === i) S.head = null;
                  else if (S.head !== null && S.head > i) S.head -= 1;
                  render();
                },
              },
            }, t("remove")),
          ),
        );
      }
      if (S.persons.length < MAX_PERSONS) {
        out.push(
          el("button", {
            type: "button",
            id: "add-person",
            className: "secondary",
            on: {
              click: () => {
                S.persons.push(person());
                S.rel.push("");
                render();
                const first = document.getElementById("p" + (S.persons.length - 1) + "-f");
                if (first) first.focus();
              },
            },
          }, t("add_person")),
        );
      }
    } else if (s === "household") {
      out.push(el("h2", { tabindex: "-1" }, t("q_head")));
      S.persons.forEach((p, i) => {
        out.push(
          choice({ "data-head": String(i), "aria-pressed": S.head === i ? "true" : "false" }, personName(i), null, () => {
            S.head = i;
            S.rel[i] = "";
            error = "";
            render();
          }),
        );
      });
      out.push(
        choice({ "data-head": "-1", "aria-pressed": S.head === -1 ? "true" : "false" }, t("head_outside"), t("head_outside_note"), () => {
          S.head = -1;
          error = "";
          render();
        }),
      );
      if (S.head !== null) {
        S.persons.forEach((p, i) => {
          if (i === S.head) return;
          out2.push(el("p", { className: "field" }, t("relation_to_head", personName(i))));
          const buttons = [...RELATIONSHIPS, "?"].map((r) =>
            el("button", {
              type: "button",
              className: "secondary",
              "data-rel": i + ":" + r,
              "aria-pressed": S.rel[i] === r ? "true" : "false",
              on: { click: () => { S.rel[i] = r; error = ""; render(); } },
            }, t("rel_" + r)),
          );
          out2.push(el("div", { className: "rels" }, ...buttons));
        });
      }
    } else if (s === "related") {
      out.push(el("h2", { tabindex: "-1" }, t("q_related")));
      for (const q of relatedQuestions()) {
        const answer = (yes) =>
          el("button", {
            type: "button",
            className: "secondary",
            "data-related": q + ":" + (yes ? "yes" : "no"),
            "aria-pressed": S.related[q] === yes ? "true" : "false",
            on: { click: () => { S.related[q] = yes; error = ""; render(); } },
          }, t(yes ? "yes" : "no"));
        out2.push(el("div", { className: "card" }, el("p", {}, t("related_" + q, municipality)), el("div", { className: "row" }, answer(true), answer(false))));
      }
    } else if (s === "onestop") {
      out.push(el("h2", { tabindex: "-1" }, t("q_onestop")));
      out.push(el("p", { className: "hint" }, t("onestop_hint", plain(t("next")))));
      out.push(...field("onestop", t("onestop_label"), S.onestop, (v) => (S.onestop = v.trim()), {
        maxlength: "20",
        autocomplete: "off",
        autocapitalize: "characters",
      }));
      nextLabel = t("to_check");
    }
    return [...out, ...out2, errorLine(), nav(nextLabel)];
  }

  function section(key, editStep, rows) {
    const head = el(
      "div",
      { className: "section-head" },
      el("h3", {}, t(key)),
      editStep
        ? el("button", {
            type: "button",
            className: "secondary",
            "data-edit": editStep,
            "aria-label": plain(t("edit_section", t(key))),
            on: { click: () => edit(editStep) },
          }, t("edit"))
        : null,
    );
    const dl = el("dl", {});
    for (const [label, value] of rows) dl.append(el("dt", {}, label), el("dd", {}, value || t("not_entered")));
    return el("section", { className: "section", "data-section": key }, head, dl);
  }

  function viewCheck() {
    const all = steps();
    const out = [el("h2", { tabindex: "-1" }, t("check_title"))];
    out.push(
      section("sec_todoke", "date", [
        [t("row_kind"), t("kind_" + S.kind)],
        [t("row_move_date"), formatDate(S.movedOn)],
      ]),
    );
    if (all.includes("postal")) {
      out.push(
        section(S.kind === "tenshutsu" ? "sec_destination" : "sec_new_address", "postal", [
          [t("row_postal"), S.postal ? S.postal.slice(0, 3) + "-" + S.postal.slice(3) : ""],
          [t("row_address"), addressText()],
        ]),
      );
    }
    if (all.includes("country")) {
      out.push(
        section(S.kind === "tenshutsu" ? "sec_destination" : "sec_previous_address", "country", [
          [t("country"), S.country],
          [t("country_address"), S.countryAddress],
        ]),
      );
    }
    const people = [];
    S.persons.forEach((p, i) => {
      const name = (p.f + " " + p.g).trim();
      const kana = (p.fk + " " + p.gk).trim();
      people.push([i === 0 ? t("you") : t("person_n", i), [name, kana].filter(Boolean).join(" / ")]);
      people.push([t("birth"), p.b ? formatDate(p.b) : ""]);
    });
    out.push(section("sec_persons", "you", people));
    if (all.includes("household")) {
      const head = S.head === null ? "" : S.head === -1 ? t("head_outside") : personName(S.head);
      const rows = [[t("row_head"), head]];
      S.persons.forEach((p, i) => {
        if (S.head !== null && i !== S.head) rows.push([personName(i), S.rel[i] ? t("rel_" + S.rel[i]) : ""]);
      });
      out.push(section("sec_household", "household", rows));
    }
    out.push(
      section(
        "sec_related",
        "related",
        relatedQuestions().map((q) => [t("related_" + q, municipality), q in S.related ? t(S.related[q] ? "yes" : "no") : ""]),
      ),
    );
    if (all.includes("onestop")) {
      out.push(section("onestop_label", "onestop", [[t("onestop_label"), S.onestop]]));
    }
    out.push(errorLine());
    out.push(nav(t("make_qr"), showCode));
    return out;
  }

  async function showCode() {
    if (texts().some(looksLikeMyNumber)) {
      error = "err_check_input";
      render();
      return;
    }
    code = await makeCode();
    go("qr");
  }

  function viewQr() {
    const box = el("div", { id: "qr", "data-code": code });
    box.append(qrSvg(code));
    return [
      el("h2", { tabindex: "-1" }, t("qr_title")),
      box,
      el("p", {}, t("qr_private")),
      el("p", { className: "hint" }, t("bring")),
      el("button", { id: "back", type: "button", className: "secondary", on: { click: back } }, t("back")),
      el("button", { id: "restart", type: "button", className: "secondary", on: { click: restart } }, t("restart")),
    ];
  }

  function render() {
    const main = document.getElementById("main");
    let view;
    if (screen === "intro") view = viewIntro();
    else if (screen === "kind") view = viewKind();
    else if (screen === "abroad") view = viewAbroad();
    else if (screen === "staff") view = viewStaff();
    else if (screen === "step") view = viewStep();
    else if (screen === "check") view = viewCheck();
    else view = viewQr();
    main.replaceChildren(...view);
    document.documentElement.dataset.screen = screen === "step" ? step() : screen;
    for (const input of main.querySelectorAll("input")) {
      input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.isComposing) {
          e.preventDefault();
          const button = document.getElementById("next");
          if (button) button.click();
        }
      });
    }
  }

  // --- languages ---------------------------------------------------------------------------

  async function useLanguage(wanted) {
    const response = await fetch("i18n/" + wanted + ".json", { credentials: "omit" });
    if (!response.ok) return;
    T = await response.json();
    lang = wanted;
    const info = languages.find((l) => l.code === wanted) || { lang: wanted };
    document.documentElement.lang = info.lang;
    document.title = plain(t("title"));
    const title = document.getElementById("title");
    title.replaceChildren(rich(t("title")));
    document.getElementById("language-label").replaceChildren(rich(t("choose_language")));
    document.getElementById("language").value = wanted;
    render();
  }

  function initialLanguage() {
    const asked = new URLSearchParams(window.location.search).get("lang");
    const codes = languages.map((l) => l.code);
    if (asked && codes.includes(asked)) return asked;
    for (const tag of navigator.languages || []) {
      const lower = tag.toLowerCase();
      const exact = languages.find((l) => l.lang.toLowerCase() === lower || l.code === lower);
      if (exact) return exact.code;
      const base = lower.split("-")[0] === "tl" ? "fil" : lower.split("-")[0];
      if (codes.includes(base)) return base;
    }
    return codes.includes("ja") ? "ja" : codes[0];
  }

  async function start() {
    const main = document.getElementById("main");
    if (!("CompressionStream" in window) || typeof qrcode !== "function") {
      main.replaceChildren(el("p", { className: "error" }, "このブラウザでは使えません。新しいブラウザで開いてください。 This browser cannot be used: please open the page in a newer browser."));
      return;
    }
    const response = await fetch("i18n/index.json", { credentials: "omit" });
    const index = await response.json();
    languages = index.languages;
    municipality = index.municipality;
    const select = document.getElementById("language");
    for (const l of languages) select.append(el("option", { value: l.code, lang: l.lang }, l.name));
    select.addEventListener("change", () => useLanguage(select.value));
    await useLanguage(initialLanguage());
    document.documentElement.dataset.ready = "true";
  }

  window.kmPreEntry = Object.freeze({ stepsFor, version: VERSION });
  start();
})();
