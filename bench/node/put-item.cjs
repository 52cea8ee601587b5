// The Node.js yardstick of bench/cold-start.sh: what a plain Lambda handler in Node.js 20 does for a form post,
// SDK v3 with its defaults (region and credentials from the environment) and one PutItem of the raw body, in a
// fresh process. Prints the same "result" line as the Java harness, then checks the item, untimed.
//
//   node put-item.cjs BODY_FILE SUBMISSION_ID      (DYNAMODB_ENDPOINT, TABLE_NAME, AWS_REGION from the environment)
"use strict";
const mainMillis = Date.now();
const fs = require("fs");
const { randomUUID } = require("crypto");

const body = fs.readFileSync(process.argv[2], "utf8").replace("00000000-0000-4000-8000-000000000000", process.argv[3]);

const { DynamoDBClient, PutItemCommand, GetItemCommand } = require("@aws-sdk/client-dynamodb");
const client = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
const constructedMillis = Date.now();

async function main() {
  const id = randomUUID();
  await client.send(new PutItemCommand({
    TableName: process.env.TABLE_NAME,
    Item: { id: { S: id }, body: { S: body } },
  }));
  const answeredMillis = Date.now();
  console.log("cold-start: answered");
  const cpu = process.cpuUsage();
  const sinceStart = answeredMillis - processStartMillis();
  console.log(`result handler=node primed=false status=201 stored=true first_stored_ms=${sinceStart}`
    + ` main_ms=${sinceStart - (answeredMillis - mainMillis)} construct_ms=${constructedMillis - mainMillis}`
    + ` request_ms=${answeredMillis - constructedMillis} cpu_ms=${Math.round((cpu.user + cpu.system) / 1000)}`);
  const stored = await client.send(new GetItemCommand({
    TableName: process.env.TABLE_NAME, Key: { id: { S: id } }, ConsistentRead: true,
  }));
  if (!stored.Item) {
    console.error("cold-start: the item is not in the table");
    process.exit(1);
  }
}

// Process start as the Java harness takes it: the start in clock ticks since boot (/proc/self/stat, field 22,
// 100 ticks a second) added to the boot time, which is now minus /proc/uptime (btime has whole seconds only).
function processStartMillis() {
  const now = Date.now();
  const uptimeMillis = parseFloat(fs.readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1000;
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  const startTicks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
  return now - uptimeMillis + startTicks * 10;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
