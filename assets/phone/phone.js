// The phone page's behaviour: a device token kept on the phone (localStorage, or a
// cookie), one WebSocket to the room that comes back by itself after a reload, a
// locked screen or a dropped Wi-Fi (at once when the page is visible again, else
// with a growing delay), and the vote shown as the room has it. The last question
// and the phone's vote are kept too, so a page opened while the laptop cannot be
// reached still shows them, saying it is reconnecting. Its words are in the
// workshop's language: the game puts them in #fd-text (game/room_link_text.cpp
// has the same keys); the English here is for a key the game did not give.
"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var TEXT_EN = {
    page_title: "Front Door room", connecting: "Connecting…", code_label: "Room code (on the screen)", join: "Join",
    ask: "What do you answer?", your_vote_mark: "Your vote", room_chose: "The room chose", type_code: "Type the room code shown on the screen.",
    reconnecting: "Reconnecting to the room…", reconnecting_vote: "Reconnecting to the room… Your vote: answer {n}.",
    in_room: "You are in the room. The next question will appear here.",
    answer_label: "Answer {n}: {text}", answer_mode_label: "Answer {n}, {mode}: {text}",
    vote_changeable: "Your vote: answer {n}. You can change it until voting closes.", vote_open: "Voting is open. Tap your answer.",
    closed_vote: "Voting is closed. Your vote: answer {n}.", closed: "Voting is closed.",
    chosen: "Answer {n}: {text}", count_one: "Answer {n}: {count} vote", count_many: "Answer {n}: {count} votes",
    room_chose_n: "The room chose answer {n}.", offline_vote: "Offline: your vote will be sent when the phone reconnects.",
    joining: "Joining…", this_phone: "This phone: {id}", connecting_room: "Connecting to the room…",
    err_wrong_code: "That is not this room's code. Check the code on the screen.",
    err_locked_out: "Too many wrong room codes. Try again in {seconds} s.",
    err_removed: "The facilitator removed this phone from the room.",
    err_room_locked: "The room is locked: the facilitator is not taking new phones.",
    err_closed: "Voting on this question is closed.", err_throttled: "Too many messages: slow down. Some were ignored.",
    err_not_joined: "Join the room with its code first.", err_too_big: "That message was too long for the room."
  };
  var TEXT = {};
  try { TEXT = JSON.parse($("fd-text").textContent) || {}; } catch (e) { TEXT = {}; }
  // The words for `key` with its {placeholders} filled from `vals`.
  function t(key, vals) {
    var s = typeof TEXT[key] === "string" && TEXT[key] ? TEXT[key] : TEXT_EN[key] || key;
    return s.replace(/\{(\w+)\}/g, function (all, k) { return vals && k in vals ? String(vals[k]) : all; });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) { el.textContent = t(el.getAttribute("data-t")); });
  var store = {
    get: function (k) {
      try { var v = localStorage.getItem(k); if (v !== null) return v; } catch (e) { /* private mode: cookie */ }
      var m = document.cookie.match(new RegExp("(?:^|; )" + k + "=([^;]*)"));
      return m ? decodeURIComponent(m[1]) : null;
    },
    set: function (k, v) {
      try { localStorage.setItem(k, v); return; } catch (e) { /* fall back to a cookie */ }
      document.cookie = k + "=" + encodeURIComponent(v) + "; max-age=86400; path=/; SameSite=Strict";
    }
  };
  function newToken() {
    var b = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ("0" + x.toString(16)).slice(-2); }).join("");
  }
  var device = store.get("fd-device");
  if (!device || !/^[A-Za-z0-9_-]{8,64}$/.test(device)) { device = newToken(); store.set("fd-device", device); }
  var fromHash = decodeURIComponent((location.hash || "").replace(/^#/, "")).trim();
  if (fromHash) store.set("fd-code", fromHash.toUpperCase());
  var code = store.get("fd-code") || "";
  var ws = null, joined = false, state = null, retry = 0, timer = null, stopped = false, probe = null;

  function status(text, bad) { var s = $("status"); s.textContent = text; s.className = bad ? "bad" : ""; }
  function showJoin(why) {
    joined = false;
    $("join").hidden = false; $("decision").hidden = true; $("result").hidden = true; $("me").hidden = true;
    $("code").value = code;
    status(why || t("type_code"), !!why);
  }
  function send(obj) { if (ws && ws.readyState === 1) { ws.send(JSON.stringify(obj)); return true; } return false; }
  function savedVote() {
    try { return JSON.parse(store.get("fd-vote") || "null"); } catch (e) { return null; }
  }
  // The last question as the room sent it, shown until the room answers again.
  function savedState() {
    try { var s = JSON.parse(store.get("fd-state") || "null"); return s && s.type === "state" && s.code === code ? s : null; } catch (e) { return null; }
  }
  function offlineStatus() {
    status(state && state.your_vote >= 0 ? t("reconnecting_vote", { n: state.your_vote + 1 }) : t("reconnecting"), true);
  }

  function render() {
    if (!state) return;
    $("join").hidden = true;
    // The phone's short id as the projector lists it, for "which one is yours?" before removing one.
    $("me").hidden = false; $("me").textContent = t("this_phone", { id: device.slice(0, 6).toUpperCase() });
    if (!state.decision) {
      $("decision").hidden = true; $("result").hidden = true;
      $("title").textContent = "Front Door";
      status(t("in_room"));
      return;
    }
    $("title").textContent = state.title || "Front Door";
    $("decision").hidden = false;
    $("line").textContent = state.line || "";
    var box = $("answers");
    box.textContent = "";
    var mine = state.your_vote;
    state.answers.forEach(function (a, i) {
      var b = document.createElement("button");
      b.type = "button"; b.className = "answer";
      b.setAttribute("aria-pressed", mine === i ? "true" : "false");
      b.disabled = !state.open;
      var n = document.createElement("span"); n.className = "n"; n.textContent = String(i + 1); n.setAttribute("aria-hidden", "true");
      var words = document.createElement("span"); words.className = "mine";
      if (mine === i) { var y = document.createElement("span"); y.className = "yours"; y.textContent = "\u2713 " + t("your_vote_mark"); words.appendChild(y); }
      if (a.label) { var m = document.createElement("span"); m.className = "mode"; m.textContent = a.label; words.appendChild(m); }
      words.appendChild(document.createTextNode(a.text));
      b.setAttribute("aria-label", a.label ? t("answer_mode_label", { n: i + 1, mode: a.label, text: a.text }) : t("answer_label", { n: i + 1, text: a.text }));
      b.appendChild(n); b.appendChild(words);
      b.addEventListener("click", function () { vote(i); });
      box.appendChild(b);
    });
    var r = state.result;
    $("result").hidden = !r;
    if (r) showResult(r);
    else if (state.open) status(mine >= 0 ? t("vote_changeable", { n: mine + 1 }) : t("vote_open"));
    else status(mine >= 0 ? t("closed_vote", { n: mine + 1 }) : t("closed"));
  }
  function showResult(r) {
    var a = state.answers[r.played];
    $("chosen").textContent = a ? t("chosen", { n: r.played + 1, text: a.text }) : "";
    var total = r.counts.reduce(function (x, y) { return x + y; }, 0) || 1, bars = $("bars");
    bars.textContent = "";
    state.answers.forEach(function (ans, i) {
      var li = document.createElement("li");
      if (i === r.played) li.className = "played";
      li.textContent = t(r.counts[i] === 1 ? "count_one" : "count_many", { n: i + 1, count: r.counts[i] });
      var bar = document.createElement("div"); bar.className = "bar"; bar.style.width = (100 * r.counts[i] / total) + "%";
      li.appendChild(bar); bars.appendChild(li);
    });
    status(t("room_chose_n", { n: r.played + 1 }));
  }
  function vote(i) {
    if (!state || !state.open) return;
    store.set("fd-vote", JSON.stringify({ decision: state.decision, answer: i }));
    state.your_vote = i;
    render();
    if (!send({ type: "vote", decision: state.decision, answer: i })) status(t("offline_vote"), true);
  }

  // Reloads the page for `lang` unless it already did (a cached page could loop); null forgets.
  function reloadOnce(lang) {
    try {
      if (lang === null) { sessionStorage.removeItem("fd-lang-reload"); return false; }
      if (sessionStorage.getItem("fd-lang-reload") === lang) return false;
      sessionStorage.setItem("fd-lang-reload", lang);
    } catch (e) { return false; }
    location.reload();
    return true;
  }
  function onMessage(ev) {
    var m; try { m = JSON.parse(ev.data); } catch (e) { return; }
    if (m.type === "state") {
      // The workshop changed its language: the page reloads once to get the new words.
      if (m.lang && m.lang !== document.documentElement.lang && reloadOnce(m.lang)) return;
      if (m.lang === document.documentElement.lang) reloadOnce(null);  // in step: a later change reloads again
      joined = true; retry = 0; state = m;
      m.code = code;
      store.set("fd-state", JSON.stringify(m));
      var v = savedVote();
      // A vote made while offline is sent once the room is back, if the question is still open.
      if (m.decision && m.open && v && v.decision === m.decision && m.your_vote !== v.answer) { send({ type: "vote", decision: v.decision, answer: v.answer }); m.your_vote = v.answer; }
      render();
    } else if (m.type === "pong") {
      clearTimeout(probe); probe = null;
    } else if (m.type === "ack") {
      if (state && state.decision === m.decision) { state.your_vote = m.answer; render(); }
    } else if (m.type === "tally") {
      /* the split stays hidden until the reveal */
    } else if (m.type === "error") {
      // Said in the workshop's language by its code; the server's English for a code the page does not know.
      var why = TEXT_EN["err_" + m.code] ? t("err_" + m.code, { seconds: m.seconds }) : m.reason;
      if (m.code === "wrong_code") showJoin(why);
      else if (m.code === "locked_out" || m.code === "removed" || m.code === "room_locked") { stopped = true; showJoin(why); }
      else status(why, true);
    }
  }
  function connect() {
    clearTimeout(timer); timer = null;
    if (!code) { showJoin(); return; }
    if (ws && ws.readyState <= 1) return;
    var sock = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    ws = sock;  // a replaced socket's late events are ignored
    sock.onopen = function () { if (sock === ws) send({ type: "join", code: code, device: device }); };
    sock.onmessage = function (ev) { if (sock === ws) onMessage(ev); };
    sock.onclose = function () {
      if (sock !== ws) return;
      ws = null; joined = false;
      clearTimeout(probe); probe = null;
      if (stopped) return;
      if (state) offlineStatus(); else status(t("connecting_room"), true);
      // Sooner at first, then less often (at most every 5 s), spread so a room's phones do not come back at once.
      retry = Math.min(retry + 1, 6);
      timer = setTimeout(connect, Math.min(250 * Math.pow(2, retry - 1), 5000) * (0.5 + Math.random() / 2));
    };
  }
  $("join").addEventListener("submit", function (e) {
    e.preventDefault();
    code = $("code").value.trim().toUpperCase();
    store.set("fd-code", code);
    stopped = false; retry = 0;
    status(t("joining"));
    if (!send({ type: "join", code: code, device: device })) connect();
  });
  // Back from a locked screen or a dropped Wi-Fi: reconnect at once, not at the next retry. A socket that
  // looks open may be dead after a long sleep: a ping not answered within a second replaces it.
  function wake() {
    if (stopped || document.visibilityState !== "visible" || !code) return;
    if (!ws) { retry = 0; connect(); return; }
    if (ws.readyState === 1 && !probe && send({ type: "ping" }))
      probe = setTimeout(function () {
        probe = null;
        var dead = ws; ws = null;
        if (dead) dead.close();
        retry = 0; connect();
      }, 1000);
  }
  document.addEventListener("visibilitychange", wake);
  window.addEventListener("online", wake);
  window.addEventListener("pageshow", wake);
  window.addEventListener("focus", wake);
  var kept = code ? savedState() : null;
  if (kept) {  // shown at once, before (or without) the room: the last question and this phone's vote
    state = kept;
    var v = savedVote();
    if (v && v.decision === kept.decision) state.your_vote = v.answer;
    render();
    offlineStatus();
  }
  if (!code) showJoin(); else connect();
})();
