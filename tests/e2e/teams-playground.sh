#!/usr/bin/env bash
# Teams in a real simulator: starts the bot (auth off, in-memory state) and the Microsoft 365 Agents Playground
# (npm @microsoft/m365agentsplayground, a local Teams simulator with its own mock connector) pointed at it, then
# drives the Playground headlessly through its HTTP API and conversation stream (teams-playground/*.test.mjs).
# Needs node + npm (the registry) and a built bot. Ports: free ones are picked unless BOT_PORT / PLAYGROUND_PORT are set.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
bot_port="${BOT_PORT:-$(free_port)}"
playground_port="${PLAYGROUND_PORT:-$(free_port)}"

(cd "$here/teams-playground" && npm install --no-audit --no-fund --loglevel=error)
dotnet build "$root/bot" -v quiet -nologo

logs="$(mktemp -d)"
bot_pid=""; playground_pid=""
cleanup() {
  [ -n "$playground_pid" ] && kill "$playground_pid" 2>/dev/null || true
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
}
trap cleanup EXIT

MicrosoftAppId= Storage__Provider=Memory \
  dotnet "$root/bot/bin/Debug/net10.0/CrossBorderBot.dll" --urls "http://127.0.0.1:$bot_port" >"$logs/bot.log" 2>&1 &
bot_pid=$!
# The Playground writes devTools/ into its working directory: keep that out of the repository.
(cd "$logs" && exec node "$here/teams-playground/node_modules/@microsoft/m365agentsplayground/cli.js" start \
  --app-endpoint "http://127.0.0.1:$bot_port/api/messages" --channel-id msteams \
  --port "$playground_port" --disable-telemetry >"$logs/playground.log" 2>&1) &
playground_pid=$!

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:$playground_port/_internal/v1/config" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

status=0
(cd "$here/teams-playground" && PLAYGROUND_URL="http://127.0.0.1:$playground_port" node --test --test-concurrency=1 --test-reporter=spec) || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- bot log"; tail -n 50 "$logs/bot.log"
  echo "--- playground log"; tail -n 50 "$logs/playground.log"
fi
exit "$status"
