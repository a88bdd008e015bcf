#!/usr/bin/env bash
# Real-client tests: builds the bot, starts it on 127.0.0.1 with a free port and in-memory state, runs
# (a) botframework-directlinejs, (b) the Web Chat page in headless Chromium, (c) the adaptivecards parser over every
# card seen in (a) and (b), then stops the bot. Needs npm packages (npm ci here) and /usr/bin/chromium (.ci/run
# installs both). Exit code: non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")"
E2E_DIR="$(pwd)"
REPO_ROOT="$(cd ../.. && pwd)"

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --ignore-scripts
fi

if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  dotnet build "$REPO_ROOT/bot" -c Debug --nologo -v quiet
fi
BOT_DLL="$REPO_ROOT/bot/bin/Debug/net10.0/CrossBorderBot.dll"

PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});")"
export BOT_URL="http://127.0.0.1:${PORT}"
export E2E_ARTIFACTS="$E2E_DIR/.artifacts"
rm -rf "$E2E_ARTIFACTS"
mkdir -p "$E2E_ARTIFACTS"

# The working directory is a scratch folder, so nothing the bot writes lands in the repository.
(cd "$E2E_ARTIFACTS" && exec dotnet "$BOT_DLL" --urls "$BOT_URL" --Storage:Provider=Memory) \
  > "$E2E_ARTIFACTS/bot.log" 2>&1 &
BOT_PID=$!
stop_bot() {
  if kill -0 "$BOT_PID" 2>/dev/null; then
    kill "$BOT_PID" 2>/dev/null || true
    wait "$BOT_PID" 2>/dev/null || true
  fi
}
trap stop_bot EXIT

# Ready = /healthz 200 (knowledge base loaded, storage reachable).
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$BOT_URL/healthz"; then
    break
  fi
  if ! kill -0 "$BOT_PID" 2>/dev/null; then
    echo "The bot exited during start-up:" >&2
    cat "$E2E_ARTIFACTS/bot.log" >&2
    exit 1
  fi
  sleep 0.5
done
if ! curl -fsS -o /dev/null "$BOT_URL/healthz"; then
  echo "The bot is not healthy on $BOT_URL: $(curl -sS "$BOT_URL/healthz" 2>&1 || true)" >&2
  cat "$E2E_ARTIFACTS/bot.log" >&2
  exit 1
fi
echo "Bot listening on $BOT_URL (log: $E2E_ARTIFACTS/bot.log)"

# The conversations first (they record the cards), then the card check over everything recorded.
conversation_tests=(directline.test.js webchat.test.js)
for guide_test in guides/*.test.js; do
  [ -e "$guide_test" ] && conversation_tests+=("$guide_test")
done

status=0
node --test --test-concurrency=1 "${conversation_tests[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "Conversation tests failed; the end of the bot log ($E2E_ARTIFACTS/bot.log):" >&2
  tail -n 40 "$E2E_ARTIFACTS/bot.log" >&2
fi
node --test cards.test.js || status=$?
exit "$status"
