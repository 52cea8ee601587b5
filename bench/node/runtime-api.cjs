// A stand-in for Lambda's Runtime API, for trying the provided.al2023 bootstrap on this machine
// (bench/cold-start.sh --jdk25): hands out one invocation, an HTTP API event (payload format 2.0) with the
// body of BODY_FILE, prints the function's answer and exits; an init or invocation error exits with 1.
//
//   node runtime-api.cjs PORT_FILE BODY_FILE SUBMISSION_ID ORIGIN      (writes the port it listens on to PORT_FILE)
"use strict";
const fs = require("fs");
const http = require("http");

const [portFile, bodyFile, submissionId, origin] = process.argv.slice(2);
const body = fs.readFileSync(bodyFile, "utf8").replace("00000000-0000-4000-8000-000000000000", submissionId);
const event = JSON.stringify({
  version: "2.0", routeKey: "POST /api/apply", rawPath: "/api/apply", rawQueryString: "",
  headers: { "content-type": "application/json", accept: "application/json", origin },
  requestContext: {
    http: { method: "POST", path: "/api/apply", protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "bench" },
    requestId: submissionId, routeKey: "POST /api/apply", stage: "$default", timeEpoch: Date.now(),
  },
  body, isBase64Encoded: false,
});

let handedOut = false;
const server = http.createServer((request, response) => {
  let received = "";
  request.on("data", (chunk) => { received += chunk; });
  request.on("end", () => {
    if (request.method === "GET" && request.url === "/2018-06-01/runtime/invocation/next") {
      if (handedOut) return; // the runtime waits here for the next event; we stop after the first answer
      handedOut = true;
      response.writeHead(200, {
        "content-type": "application/json",
        "lambda-runtime-aws-request-id": submissionId,
        "lambda-runtime-deadline-ms": String(Date.now() + 10000),
        "lambda-runtime-invoked-function-arn": "arn:aws:lambda:eu-west-1:000000000000:function:bench",
      });
      response.end(event);
    } else if (request.method === "POST" && request.url.endsWith("/response")) {
      response.writeHead(202).end();
      console.log(`runtime-api: answered ${Date.now()} ${received}`);
      server.close();
      process.exit(0);
    } else {
      response.writeHead(202).end();
      console.error(`runtime-api: ${request.method} ${request.url} ${received}`);
      process.exit(1);
    }
  });
});
server.listen(0, "127.0.0.1", () => fs.writeFileSync(portFile, String(server.address().port)));
