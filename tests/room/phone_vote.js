// Five real Chromium pages vote in a room (playwright-core, Debian's chromium):
// join with the code (one types it after a wrong one), vote, change a vote, go
// offline and open the page again (from the phone's cache: the last question and
// the vote, "reconnecting"), come back with the vote counted once, reload, and
// see the room's choice after the reveal; then the workshop's language changes and a
// phone follows it. Saves a 360x740 screenshot of a phone's page.
// Usage: node phone_vote.js ROOM_SERVE_BINARY ASSETS_DIR SCREENSHOT_PATH
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const readline = require("readline");

const [serveBin, assetsDir, shotPath] = process.argv.slice(2);
if (!fs.existsSync("/usr/bin/chromium")) { console.log("no /usr/bin/chromium: skipped"); process.exit(77); }
const { chromium } = require("playwright-core");

function fail(msg) { console.error("phone_vote: " + msg); process.exitCode = 1; throw new Error(msg); }
function check(ok, msg) { if (!ok) fail(msg); console.log("ok - " + msg); }

// The room server as a child process, spoken to a line at a time.
function startRoom() {
  const child = spawn(serveBin, ["--assets", assetsDir, "--code", "K7Q2"], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting = [], unread = [];
  lines.on("line", (l) => { const w = waiting.shift(); if (w) w(l); else unread.push(l); });
  const next = () => new Promise((res) => (unread.length ? res(unread.shift()) : waiting.push(res)));
  return {
    child,
    port: next().then((l) => Number(l.split(" ")[1])),
    async cmd(text) {
      const replies = [];
      child.stdin.write(text + "\n");
      for (;;) { const l = await next(); if (l === "ok") return replies; replies.push(l); }
    },
  };
}

async function main() {
  const room = startRoom();
  const backstop = setTimeout(() => { console.error("phone_vote: timed out"); room.child.kill(); process.exit(1); }, 120000);
  let browser;
  try {
    const port = await room.port;
    check(port > 0, "the room server listens on port " + port);
    await room.cmd("open 1");
    const args = process.getuid && process.getuid() === 0 ? ["--no-sandbox"] : [];
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });
    const url = `http://127.0.0.1:${port}/`;
    const contexts = [], pages = [];
    for (let i = 0; i < 5; ++i) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: i === 4 ? "dark" : "light" });
      contexts.push(ctx);
      pages.push(await ctx.newPage());
    }
    // Four scan the QR code (the code is in the address); the fifth types it.
    for (let i = 0; i < 4; ++i) await pages[i].goto(url + "#K7Q2");
    const typist = pages[4];
    await typist.goto(url);
    await typist.fill("#code", "WRONG");
    await typist.click("#join button");
    await typist.waitForFunction(() => /not this room's code/.test(document.getElementById("status").textContent));
    check(true, "a wrong code is refused with a clear message on the phone");
    await typist.fill("#code", "k7q2");
    await typist.click("#join button");
    for (const p of pages) await p.waitForSelector(".answer");
    check(true, "five phones joined and see the question");
    check((await pages[0].locator(".answer").count()) === 5, "all five answers are buttons");
    check(/money back/.test(await pages[0].textContent("#line")), "the customer's line is shown");

    for (let i = 0; i < 5; ++i) {
      await pages[i].locator(".answer").nth(i).click();
      await pages[i].waitForFunction((n) => /Your vote: answer (\d)/.exec(document.getElementById("status").textContent)?.[1] === String(n + 1), i);
    }
    check(true, "each phone's vote is acknowledged");
    await pages[0].locator(".answer").nth(3).click();
    await pages[0].waitForSelector('.answer:nth-child(4)[aria-pressed="true"]');
    check(true, "a phone changes its vote");
    let snap = (await room.cmd("snapshot"))[0];
    check(snap === "voted 5 devices 5", "the room counts one vote per phone: " + snap);

    // The laptop out of reach (a dropped Wi-Fi): the phone opens the room's address again. The page
    // comes from the phone's cache and shows the last question and its vote, saying it is reconnecting.
    await contexts[0].setOffline(true);
    const reopened = await contexts[0].newPage();
    await pages[0].close();
    pages[0] = reopened;
    await reopened.goto(url + "#K7Q2");
    await reopened.waitForSelector('.answer:nth-child(4)[aria-pressed="true"]');
    check(/Reconnecting/.test(await reopened.textContent("#status")), "offline, the reopened page shows the last question and the vote, reconnecting");
    // Back in reach: it reconnects by itself (no reload), the vote kept and counted once.
    await contexts[0].setOffline(false);
    await reopened.waitForFunction(() => /^Your vote: answer 4\./.test(document.getElementById("status").textContent), null, { timeout: 30000 });
    check(true, "back online, the page reconnects by itself with the vote kept");
    snap = (await room.cmd("snapshot"))[0];
    check(snap === "voted 5 devices 5", "and the room still has one vote per phone: " + snap);
    await reopened.reload();
    await reopened.waitForSelector('.answer:nth-child(4)[aria-pressed="true"]');
    check(true, "after a reload, the phone's vote is still there");
    snap = (await room.cmd("snapshot"))[0];
    check(snap === "voted 5 devices 5", "still counted once: " + snap);

    await pages[1].screenshot({ path: shotPath });
    check(fs.statSync(shotPath).size > 1000, "a 360x740 screenshot of the phone page is saved at " + shotPath);

    await room.cmd("reveal 3 1 1 0 2 1");
    for (const p of pages) await p.waitForFunction(() => /room chose answer 4/.test(document.getElementById("status").textContent));
    check(true, "after the reveal every phone shows what the room chose");
    check(await pages[2].locator(".answer:enabled").count() === 0, "and votes can no longer change");

    // The workshop's language changes: a phone in the room reloads once and shows the new words.
    await room.cmd("spanish");
    await pages[2].waitForFunction(() => document.documentElement.lang === "es" &&
      /La sala eligió la respuesta 4/.test(document.getElementById("status").textContent), null, { timeout: 30000 });
    check(await pages[2].textContent("#ask") === "¿Qué respondes?", "a changed workshop language reaches the phones already in the room");
  } finally {
    if (browser) await browser.close();
    room.child.stdin.end("quit\n");
    room.child.kill();
    clearTimeout(backstop);
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
