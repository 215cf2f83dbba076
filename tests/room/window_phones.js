// The game window and real phones, end to end: the real frontdoor headless (SDL's
// dummy driver, software renderer) in facilitator mode with the room open on
// loopback and a fixed code; three Chromium pages join and vote; the window's
// --keys wait for the three phone votes (phones:3) and then press "next", which
// plays the majority. Its --state-json must show the phones counted (3 of 3) and
// the majority played. A second run plays two decisions from the phones and goes
// back four steps to the first: its three phone votes are counted again.
// Nothing here is timed: waits are bounded backstops only.
// Usage: node window_phones.js FRONTDOOR_BINARY
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { windows, openRoom: openWindowRoom } = require("./window_support");

const [frontdoor] = process.argv.slice(2);
if (!fs.existsSync("/usr/bin/chromium")) { console.log("no /usr/bin/chromium: skipped"); process.exit(77); }
const { chromium } = require("playwright-core");

function fail(msg) { process.exitCode = 1; throw new Error("window_phones: " + msg); }
function check(ok, msg) { if (!ok) fail(msg); console.log("ok - " + msg); }

// The window, left to press its keys: Escape hides the join screen, n and Space
// reach the first decision, then it waits for three phone votes and plays the
// majority with "next".
function openRoom(dir, keys) { return openWindowRoom(frontdoor, dir, keys); }

// Three phones (new browser contexts) join the window's room and see its decision.
async function joinPhones(browser, port) {
  const pages = [];
  for (let i = 0; i < 3; ++i) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await ctx.newPage();
    await p.goto(`http://127.0.0.1:${port}/#K7Q2`);
    pages.push(p);
  }
  for (const p of pages) await p.waitForSelector(".answer", { timeout: 60000 });
  return pages;
}
// Each phone's status must show its vote. The window moves on as soon as the last
// vote is counted (a reveal, or back to an earlier decision), which can replace the
// last phone's status before a poll reads it: the status is watched, not polled.
async function vote(pages, picks) {
  for (let i = 0; i < pages.length; ++i) {
    await pages[i].evaluate((n) => {
      const s = document.getElementById("status"), re = new RegExp("Your vote: answer " + (n + 1) + "\\.");
      window.fdVoteSeen = false;
      new MutationObserver(() => { if (re.test(s.textContent)) window.fdVoteSeen = true; })
        .observe(s, { childList: true, characterData: true, subtree: true });
    }, picks[i]);
    await pages[i].locator(".answer").nth(picks[i]).click();
    await pages[i].waitForFunction(() => window.fdVoteSeen === true, null, { timeout: 60000 });
  }
}
function readState(dir) { return JSON.parse(fs.readFileSync(path.join(dir, "state.json"), "utf8")); }

// The window waits for three phone votes, then "next" plays the majority.
async function playsTheMajority(browser, dir) {
  const room = await openRoom(dir, "Escape,n,Space,phones:3,PageDown");
  try {
    check(true, "the window opened the room on port " + room.port);
    const pages = await joinPhones(browser, room.port);
    check(true, "three phones joined and see the window's decision");
    check(/collaborat/i.test(await pages[0].locator(".answer").nth(3).textContent()), "answer 4 is the collaborating one");
    await vote(pages, [3, 3, 1]);  // two for answer 4 (collaborate), one for answer 2 (accommodate)
    check(true, "each phone's vote is acknowledged");
    const code = await room.child.done;
    check(code === 0, "the window pressed its keys and exited normally (code " + code + ")");
    const votes = readState(dir).window.room_votes;
    check(votes.length === 1, "the window kept one vote record: " + JSON.stringify(votes));
    const v = votes[0];
    check(v.phones.collaborate === 2 && v.phones.accommodate === 1, "the projector counted the phones' votes: " + JSON.stringify(v.phones));
    check(v.phone_devices === 3, "3 of 3 phones voted");
    check(v.played === "collaborate" && !v.overridden, "next played the majority: " + v.played);
    const decisions = readState(dir).log.filter((e) => e.kind === "decision");
    check(decisions.length === 1 && decisions[0].mode === "collaborate", "and the story moved on with it");
  } finally {
    room.child.kill();
  }
}

// Two decisions voted from the phones and played, then back (PageUp) four steps to
// the first decision: it is open again with the phones' three votes on it.
async function backTwoDecisionsKeepsTheVotes(browser, dir) {
  const keys = "Escape,n,Space,phones:3,PageDown,PageDown,PageDown,phones:3,PageDown,PageUp,PageUp,PageUp,PageUp";
  const room = await openRoom(dir, keys);
  try {
    const pages = await joinPhones(browser, room.port);
    await vote(pages, [3, 3, 1]);
    for (const p of pages)  // the second decision: nobody has voted on it yet
      await p.waitForFunction(() => /Voting is open/.test(document.getElementById("status").textContent), null, { timeout: 60000 });
    await vote(pages, [0, 0, 0]);
    const code = await room.child.done;
    check(code === 0, "the window played two decisions and went back to the first (code " + code + ")");
    const w = readState(dir).window;
    check(w.screen === "vote" && w.room_votes.length === 0, "it is at the first decision's vote again: " + w.screen);
    check(w.room_phones.voted === 3 && w.room_phones.open, "the phones' three votes on it are counted again: " + JSON.stringify(w.room_phones));
  } finally {
    room.child.kill();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fd-window-phones-"));
  let browser;
  const backstop = setTimeout(() => { console.error("window_phones: timed out"); for (const w of windows) w.kill(); process.exit(1); }, 200000);
  try {
    const args = process.getuid && process.getuid() === 0 ? ["--no-sandbox"] : [];
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });
    await playsTheMajority(browser, dir);
    await backTwoDecisionsKeepsTheVotes(browser, dir);
  } finally {
    if (browser) await browser.close();
    clearTimeout(backstop);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
