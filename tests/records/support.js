// Shared by the records tests run by ctest under node: temporary folders, running
// frontdoor and fd_records_play with the records file and LRS in the environment, and
// Learning Locker's statement service (xapi-statements, in memory) started on a free
// port and stopped again.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const [frontdoor, player] = process.argv.slice(2);
if (!frontdoor || !player) {
  console.error('usage: node TEST.js FRONTDOOR FD_RECORDS_PLAY');
  process.exit(2);
}

function tempDir(tag) { return fs.mkdtempSync(path.join(os.tmpdir(), `fd-${tag}-`)); }

function env(dir, lrs) {
  const e = { ...process.env, FRONTDOOR_RECORDS_DB: path.join(dir, 'records.db'), XDG_CONFIG_HOME: path.join(dir, 'config') };
  delete e.FRONTDOOR_LRS_ENDPOINT;
  if (lrs) {
    e.FRONTDOOR_LRS_ENDPOINT = lrs.endpoint;
    e.FRONTDOOR_LRS_USERNAME = 'frontdoor-key';
    e.FRONTDOOR_LRS_PASSWORD = 'not-to-be-printed';
  }
  return e;
}

function run(bin, args, dir, lrs) {
  const r = spawnSync(bin, args, { env: env(dir, lrs), encoding: 'utf8', timeout: 120000, cwd: root });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Plays `script` to its end as `name` (extra: --email E, --employee-id ID, --pick ...).
function play(dir, lrs, script, name, extra = []) {
  const r = run(player, [path.join(dir, 'records.db'), path.join(root, script), name, ...extra], dir, lrs);
  if (r.code !== 0) throw new Error(`fd_records_play failed: ${r.err}`);
}

function statements(dir) {
  const r = run(frontdoor, ['records', 'statements'], dir);
  if (r.code !== 0) throw new Error(`records statements failed: ${r.err}`);
  return JSON.parse(r.out);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts the LRS on `port` (a free one when not given) and waits until it answers.
async function startLrs(port) {
  port = port || await freePort();
  const cwd = tempDir('lrs');
  const child = spawn(process.execPath, [path.join(root, 'node_modules/xapi-statements/dist/server.js')], {
    cwd,
    env: { ...process.env, AUTH_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'memory', EVENTS_REPO: 'test',
           EXPRESS_PORT: String(port), WINSTON_CONSOLE_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const lrs = { port, child, endpoint: `http://127.0.0.1:${port}/xAPI/` };
  children.add(child);
  for (let i = 0; i < 600; i++) {  // a backstop of 60 s on a loaded machine
    if (child.exitCode !== null) throw new Error(`the LRS stopped: ${stderr}`);
    try {
      const r = await get(lrs, 'statements?limit=1');
      if (r.status === 200) return lrs;
    } catch (e) { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error('the LRS did not start');
}

async function stopLrs(lrs) {
  if (lrs.child.exitCode === null) {
    const gone = new Promise((r) => lrs.child.once('exit', r));
    lrs.child.kill('SIGKILL');
    await gone;
  }
  children.delete(lrs.child);
}

const headers = { 'X-Experience-API-Version': '1.0.3',
                  Authorization: 'Basic ' + Buffer.from('frontdoor-key:not-to-be-printed').toString('base64') };

async function get(lrs, query) {
  const r = await fetch(lrs.endpoint + query, { headers });
  return { status: r.status, body: r.status === 200 ? await r.json() : await r.text() };
}

async function post(lrs, body) {
  const r = await fetch(lrs.endpoint + 'statements', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: await r.text() };
}

// Every statement the LRS holds for a registration (following "more").
async function readBack(lrs, registration) {
  let out = [];
  let q = `statements?registration=${registration}&limit=100`;
  for (let page = 0; page < 100 && q; page++) {
    const r = await get(lrs, q);
    if (r.status !== 200) throw new Error(`GET statements: ${r.status} ${r.body}`);
    out = out.concat(r.body.statements);
    q = r.body.more ? r.body.more.replace(/^.*\/xAPI\//, '') : '';
  }
  return out;
}

const children = new Set();
process.on('exit', () => { for (const c of children) c.kill('SIGKILL'); });

function check(cond, what) {
  if (!cond) throw new Error(`FAILED: ${what}`);
  console.log(`ok: ${what}`);
}

// Runs the named async tests; exit 1 on the first failure (children are killed on exit).
async function main(tests) {
  for (const [name, fn] of tests) {
    console.log(`== ${name}`);
    try {
      await fn();
    } catch (e) {
      console.error(e.stack || String(e));
      process.exit(1);
    }
  }
  process.exit(0);
}

module.exports = { root, frontdoor, tempDir, run, play, statements, startLrs, stopLrs, get, post, readBack, check,
                   freePort, main, sleep };
