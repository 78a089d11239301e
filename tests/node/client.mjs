// The reference client: Node's socket.io-client 4 against server_stub.
//
//   node client.mjs URL TOKEN BRANCH_ID EVENT [polling|websocket]
//
// By default it starts with HTTP long-polling and upgrades to a WebSocket, as browsers
// do; "polling" or "websocket" keeps it to that one transport.
// Connects to namespace /restaurant/tables with auth {token}, sends joinBranch with an
// acknowledgement, and prints one JSON line per step on stdout:
//   {"step":"joined","ack":{...},"transport":"..."}   once the join is acknowledged
//   {"step":"event","name":EVENT,"payload":{...}}      when EVENT arrives; then exits 0
//   {"step":"connect_error","message":"..."}           when the server refuses; exits 0
// Exits 2 if nothing decisive happens within 20 s.
import { io } from "socket.io-client";

const [url, token, branchId, eventName, only] = process.argv.slice(2);
const say = (line) => process.stdout.write(JSON.stringify(line) + "\n");

const socket = io(`${url}/restaurant/tables`, {
  auth: { token },
  reconnection: false,
  ...(only ? { transports: [only] } : {}),
});

const deadline = setTimeout(() => {
  say({ step: "timeout" });
  process.exit(2);
}, 20000);

const finish = () => {
  clearTimeout(deadline);
  socket.close();
  process.exit(0);
};

socket.on("connect", async () => {
  const ack = await socket.timeout(5000).emitWithAck("joinBranch", branchId);
  say({ step: "joined", ack, transport: socket.io.engine.transport.name });
});

socket.on(eventName, (payload) => {
  say({ step: "event", name: eventName, payload });
  finish();
});

socket.on("connect_error", (error) => {
  say({ step: "connect_error", message: error.message });
  finish();
});
