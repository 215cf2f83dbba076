// The phone page as a facilitator's room sees it, with the real window: the workshop
// runs with --lang es, and Chromium phones get the page in Spanish (its lang, the
// join form, a wrong code's message, the status line, the answers' labels), vote,
// and the window counts them. At 320 px wide, in dark mode and with large text
// (the root font at 200%) the page never scrolls sideways; screenshots of each are
// saved for a person to look at. Nothing here is timed: waits are bounded backstops.
// Usage: node phone_language.js FRONTDOOR_BINARY [SCREENSHOT_DIR]
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { windows, openRoom } = require("./window_support");

const [frontdoor, shotDir] = process.argv.slice(2);
if (!fs.existsSync("/usr/bin/chromium")) { console.log("no /usr/bin/chromium: skipped"); process.exit(77); }
const { chromium } = require("playwright-core");

function fail(msg) { process.exitCode = 1; throw new Error("phone_language: " + msg); }
function check(ok, msg) { if (!ok) fail(msg); console.log("ok - " + msg); }
const status = (p) => p.textContent("#status");
const waitStatus = (p, re) => p.waitForFunction((s) => new RegExp(s).test(document.getElementById("status").textContent), re.source, { timeout: 60000 });

// A phone: 320 px wide, light or dark, normal or large text.
async function phone(browser, { dark, large }) {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: dark ? "dark" : "light" });
  if (large) await ctx.addInitScript(() => document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; }));
  return ctx.newPage();
}
async function fitsWidth(p, name) {
  const over = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(over <= 0, name + ": nothing wider than the phone (" + over + " px over)");
  if (shotDir) await p.screenshot({ path: path.join(shotDir, "phone-" + name + ".png"), fullPage: true });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fd-phone-language-"));
  if (shotDir) fs.mkdirSync(shotDir, { recursive: true });
  let browser, room;
  const backstop = setTimeout(() => { console.error("phone_language: timed out"); for (const w of windows) w.kill(); process.exit(1); }, 200000);
  try {
    room = await openRoom(frontdoor, dir, "Escape,n,Space,phones:3,PageDown", ["--lang", "es"]);
    const url = `http://127.0.0.1:${room.port}/`;
    const args = process.getuid && process.getuid() === 0 ? ["--no-sandbox"] : [];
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });

    const typist = await phone(browser, {});
    await typist.goto(url);
    await typist.waitForSelector("#join:not([hidden])");
    check(await typist.getAttribute("html", "lang") === "es", "the page says it is in Spanish");
    check(await typist.textContent("#join button") === "Entrar", "the join button is in Spanish");
    check(/^Código de la sala/.test(await typist.textContent("label[for=code]")), "and the code's label");
    check(/^Escribe el código/.test(await status(typist)), "and the status line: " + await status(typist));
    await fitsWidth(typist, "join-320");
    await typist.fill("#code", "WXYZ");
    await typist.click("#join button");
    await waitStatus(typist, /^Ese no es el código de esta sala/);
    check(true, "a wrong code is refused in Spanish");
    await typist.fill("#code", "k7q2");
    await typist.click("#join button");

    const dark = await phone(browser, { dark: true }), large = await phone(browser, { large: true });
    for (const p of [dark, large]) await p.goto(url + "#K7Q2");
    for (const p of [typist, dark, large]) await waitStatus(p, /^La votación está abierta/);
    check(true, "three phones joined; the status says voting is open, in Spanish");
    check(await typist.textContent("#ask") === "¿Qué respondes?", "the question's prompt is in Spanish");
    const label = await typist.locator(".answer").first().getAttribute("aria-label");
    check(/^Respuesta 1, /.test(label) && !/Avoid|Collaborate/.test(label), "an answer's label, and its mode, are in Spanish: " + label);
    await fitsWidth(dark, "question-320-dark");
    await fitsWidth(large, "question-320-large-text");

    const picks = [[typist, 3], [dark, 3], [large, 1]];
    for (const [p, n] of picks.slice(0, 2)) {
      await p.locator(".answer").nth(n).click();
      await waitStatus(p, new RegExp("^Tu voto: respuesta " + (n + 1) + "\\. Puedes cambiarlo"));
    }
    check(true, "each vote is acknowledged in Spanish");
    check(await dark.textContent(".answer[aria-pressed=true] .yours") === "✓ Tu voto", "the voted answer is marked in Spanish");
    await fitsWidth(dark, "voted-320-dark");
    await large.locator(".answer").nth(1).click();  // the third vote: the window plays the majority and ends
    const code = await room.child.done;
    check(code === 0, "the window counted three phone votes and played (code " + code + ")");
    const w = JSON.parse(fs.readFileSync(path.join(dir, "state.json"), "utf8")).window;
    check(w.language === "es" && w.room_votes.length === 1 && w.room_votes[0].phone_devices === 3, "in Spanish, with the phones' votes kept");
    // Saved with the workshop: every answer's phones, the minority's too.
    const saved = JSON.parse(fs.readFileSync(path.join(dir, "save", "facilitator_votes.json"), "utf8")).votes;
    check(saved.length === 1 && saved[0].phones.collaborate === 2 && saved[0].phones.accommodate === 1,
          "the room's votes, minority included, are saved with the workshop: " + JSON.stringify(saved[0] && saved[0].phones));
  } finally {
    if (browser) await browser.close();
    if (room) room.child.kill();
    clearTimeout(backstop);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
