// Shared by the room's window tests (window_phones.js, phone_language.js): the real
// frontdoor headless (SDL's dummy driver) in facilitator mode with the room open on
// loopback, a fixed code, on a free port. Waits are bounded backstops only.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const net = require("net");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const windows = [];  // every frontdoor started, for a caller's backstop to kill
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}
function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); res.on("end", () => resolve(res.statusCode)); });
    req.on("error", () => resolve(0));
    req.setTimeout(2000, () => { req.destroy(); resolve(0); });
  });
}

// The window, left to press its keys. The mode labels are on (settings.json), so the
// answers are in a fixed order on the phones. `extra`: more options (--lang es).
function startWindow(frontdoor, dir, port, keys, extra) {
  fs.rmSync(path.join(dir, "save"), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "save"), { recursive: true });
  fs.writeFileSync(path.join(dir, "save", "settings.json"), JSON.stringify({ workshop_modes: true }));
  const args = ["--room", "--room-address", "127.0.0.1", "--room-port", String(port), "--room-code", "K7Q2",
                "--save-dir", path.join(dir, "save"), "--keys", keys,
                "--screenshot", path.join(dir, "shot.png"), "--state-json", path.join(dir, "state.json"), ...(extra || [])];
  const env = { ...process.env, SDL_VIDEODRIVER: "dummy", FRONTDOOR_TIMING: "0", FRONTDOOR_SKIP_INTRO: "1",
                XDG_CONFIG_HOME: path.join(dir, "config") };
  const child = spawn(frontdoor, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  windows.push(child);
  child.done = new Promise((r) => child.on("exit", (code) => r(code)));
  return child;
}

// Starts the window on a free port; another process may take the port first, so up to three tries.
async function openRoom(frontdoor, dir, keys, extra) {
  for (let attempt = 0; attempt < 3; ++attempt) {
    const port = await freePort();
    const child = startWindow(frontdoor, dir, port, keys, extra);
    let exited = false;
    child.done.then(() => { exited = true; });
    for (let i = 0; i < 600 && !exited; ++i) {  // a backstop of about a minute on a loaded machine
      if ((await get(`http://127.0.0.1:${port}/`)) === 200) return { child, port };
      await sleep(100);
    }
    if (!exited) child.kill();
    await child.done;
  }
  throw new Error("the window's room never opened");
}

module.exports = { windows, sleep, openRoom };
