using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace CrossBorderBot.TurnBench;

/// <summary>
/// One simulated user: new conversation (welcome), every script line as one turn, then the next conversation; one
/// turn at a time, each timed from the request to the last byte of the reply.
/// </summary>
internal sealed class VirtualUser(int number, HttpClient http, Uri url, ActivityFactory activities, IReadOnlyList<string> script, LatencyRecorder latencies)
{
    private static int s_completedConversations;

    public static int CompletedConversations => Volatile.Read(ref s_completedConversations);

    public async Task RunAsync(string runId, CancellationToken stop)
    {
        var userId = $"bench-user-{runId}-{number}";
        for (var conversation = 0; !stop.IsCancellationRequested; conversation++)
        {
            var conversationId = $"bench-{runId}-{number}-{conversation}";
            if (!await TurnAsync(activities.ConversationUpdate(conversationId, userId), stop))
            {
                continue;
            }

            var completed = true;
            foreach (var line in script)
            {
                if (stop.IsCancellationRequested || !await TurnAsync(activities.Message(conversationId, userId, line), stop))
                {
                    completed = false;
                    break;
                }
            }

            if (completed)
            {
                Interlocked.Increment(ref s_completedConversations);
            }
        }
    }

    private async Task<bool> TurnAsync(byte[] activity, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(activity);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(url, content, stop);
            var body = await response.Content.ReadAsByteArrayAsync(stop);
            if (response.StatusCode != HttpStatusCode.OK || !ActivityFactory.HasMessageReply(body))
            {
                latencies.RecordError();
                return false;
            }

            latencies.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
        catch (HttpRequestException)
        {
            latencies.RecordError();
            return false;
        }
    }
}
