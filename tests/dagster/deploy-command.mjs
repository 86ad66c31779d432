#!/usr/bin/env node
// The tests' deploy command, as an operator's script would be: it reads the rollback's target from its
// environment and asks the test's "deploy tool" (an HTTP endpoint of the test, given as the only argument) to
// roll the code server over to that image. Exits non-zero with the tool's answer on stderr when it fails.
const [url] = process.argv.slice(2);
const names = [
  "PROJECT",
  "DEPLOYMENT",
  "IMAGE",
  "COMMIT_HASH",
  "REPOSITORY_URL",
  "TARGET_SEQUENCE",
  "ROLLBACK_ID",
  "TARGET_LOAD_ID",
];
const body = Object.fromEntries(names.map((name) => [name, process.env[name] ?? null]));
const response = await fetch(url, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const text = await response.text();
if (!response.ok) {
  process.stderr.write(`deploy failed: ${text}\n`);
  process.exit(1);
}
process.stdout.write(`${text}\n`);
