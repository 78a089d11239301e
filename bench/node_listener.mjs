// The reference client of bench/run: Node's socket.io-client, listening like the app.
//
//   node bench/node_listener.mjs URL TOKEN BRANCH_ID [BRANCH_ID...]
//
// Joins each branch over one WebSocket (as the app does: a joinBranch each, one after
// another and at most JOINS_PER_S a second, under the gateway's limit of messages a
// second per socket) and prints one JSON line per table event: {"id", "version", "t"}
// with t the epoch milliseconds (a float) it arrived; first {"step":"joined","branches":N}
// once every branch is joined. Runs until stdin closes (or 15 minutes, whichever first).
// socket.io-client is the one installed for the tests, in tests/node.
import { createRequire } from "node:module";

const require = createRequire(new URL("../tests/node/package.json", import.meta.url));
const { io } = require("socket.io-client");

const [url, token, ...branchIds] = process.argv.slice(2);
const JOINS_PER_S = 15;
const now = () => performance.timeOrigin + performance.now();
const out = [];
const flush = () => { if (out.length) { process.stdout.write(out.join("")); out.length = 0; } };
const say = (line) => { out.push(JSON.stringify(line) + "\n"); };

const socket = io(`${url}/restaurant/tables`, { auth: { token }, transports: ["websocket"] });
for (const name of ["tableStatusUpdate", "tableUpdated", "tableCreated", "tableDeleted"]) {
  socket.on(name, (p) => { say({ id: p.id, version: p.version, t: now() }); setImmediate(flush); });
}
const pause = (ms) => new Promise((done) => setTimeout(done, ms));
socket.on("connect", async () => {
  for (const [i, branchId] of branchIds.entries()) {
    if (i > 0) await pause(1000 / JOINS_PER_S);
    for (let tries = 0; ; tries++) {
      try {
        await socket.timeout(5000).emitWithAck("joinBranch", branchId);
        break;
      } catch {  // not acknowledged (dropped over the limit): again, a second later
        if (tries >= 5) { say({ step: "join_failed", branchId }); flush(); return; }
        await pause(1000);
      }
    }
  }
  say({ step: "joined", branches: branchIds.length });
  flush();
});
socket.on("connect_error", (e) => { say({ step: "connect_error", message: e.message }); flush(); });
const stop = () => { flush(); socket.close(); process.exit(0); };
process.stdin.on("end", stop);
process.stdin.resume();
setTimeout(stop, 15 * 60 * 1000);
