#!/usr/bin/env bash
# first-reply.sh <bot dll> [port] [text]: start the bot (SQLite in a throw-away directory), send one message ("hi") as
# webchat with deliveryMode expectReplies until a message reply comes back, then stop the bot. Exit 0 only when a
# reply came. Timed from outside with the library's farm-bench:
#   farm-bench -n 5 -- bench/cold-start/first-reply.sh bot/bin/Release/net10.0/CrossBorderBot.dll 5541
# so the figure is process start -> first reply (plus the bot's shutdown, printed separately on stderr).
set -u
dll=$1; port=${2:-5541}; text=${3:-hi}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
start=$(date +%s%N)
ASPNETCORE_URLS=http://127.0.0.1:$port Storage__SqlitePath=$dir/state.db KnowledgeGaps__Path=$dir/gaps.jsonl \
  dotnet "$dll" >"$dir/bot.log" 2>&1 &
pid=$!
body='{"type":"message","text":"'"$text"'","id":"cold-1","channelId":"webchat","serviceUrl":"http://127.0.0.1:9/",'\
'"locale":"en-US","deliveryMode":"expectReplies","from":{"id":"cold-user"},"recipient":{"id":"bot"},'\
'"conversation":{"id":"cold-conv"}}'
ok=1
for _ in $(seq 1 3000); do
  if reply=$(curl -s --fail -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/api/messages" 2>/dev/null) \
     && [[ $reply == *'"type":"message"'* ]]; then ok=0; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 0.01
done
replied=$(date +%s%N)
kill $pid; wait $pid 2>/dev/null
echo "first reply after $(( (replied - start) / 1000000 )) ms, bot stopped after $(( ($(date +%s%N) - replied) / 1000000 )) ms more" >&2
[[ $ok == 0 ]] || { echo "no reply; bot log:" >&2; tail -20 "$dir/bot.log" >&2; }
exit $ok
