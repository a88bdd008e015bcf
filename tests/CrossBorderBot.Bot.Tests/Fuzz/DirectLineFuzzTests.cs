using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// Seeded odd requests to the Direct Line endpoints with a valid token (posts, uploads, polls with odd watermarks,
/// token bodies): never a 500, no failed turn, and the conversation still works afterwards.
/// </summary>
public sealed class DirectLineFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Cases = 1000;
    private const int Seed = 777;

    [Fact]
    public async Task Odd_direct_line_requests_never_get_a_500_and_the_conversation_still_works()
    {
        var plan = FuzzPlan.For("directline", Seed, Cases, parallel: 3);
        var errors = new FuzzLogCapture();
        using var host = new DirectLineTestHost(settings: new Dictionary<string, string?>
        {
            ["DirectLine:MaxPostsPerTokenPerMinute"] = "100000",
            ["DirectLine:MaxPostsPerClientPerMinute"] = "100000",
            ["DirectLine:MaxTokensPerClientPerMinute"] = "100000",
            ["Safety:MaxTurnsPerUserPerMinute"] = "100000",
        });
        using var client = host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(errors))).CreateClient();
        using var directLine = new DirectLineTestClient(client);
        var session = await directLine.StartAsync((await directLine.GenerateTokenAsync(DirectLineTestHost.Secret)).Token);
        var user = DirectLineTestClient.UserOf(session.Token);

        var report = await FuzzHarness.RunAsync(plan, errors, async (index, fuzz, cancellationToken) =>
        {
            using var request = Request(fuzz, session, user, out var kind);
            using var response = await client.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return new FuzzCaseResult(kind, status, status >= 500 ? $"{status} {await response.Content.ReadAsStringAsync(cancellationToken)}" : null);
        });

        output.WriteLine(report.Summary());
        report.AssertClean();
        Assert.True(plan.OnlyCase is not null || report.CountOf(200) > plan.Cases / 5, report.Summary());

        // Nothing the bot said in the conversation is the turn-error apology, and it still answers.
        var all = await directLine.PollAsync(session.ConversationId, session.Token);
        var watermark = all.Watermark;
        var seen = new List<JsonObject>(all.Activities);
        for (var more = all; more.Activities.Count > 0; watermark = more.Watermark, seen.AddRange(more.Activities))
        {
            more = await directLine.PollAsync(session.ConversationId, session.Token, watermark);
        }

        Assert.DoesNotContain(seen, a => a["from"]?["role"]?.GetValue<string>() == "bot" && FuzzChecks.IsApology(a.ToJsonString()));
        await directLine.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message("cancel", user));
        var after = await directLine.PollAsync(session.ConversationId, session.Token, watermark);
        Assert.Contains(after.Activities, a => a["from"]?["role"]?.GetValue<string>() == "bot");
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static HttpRequestMessage Request(FuzzInputs fuzz, DirectLineTestClient.Session session, string user, out string kind)
    {
        var prefix = DirectLineTestClient.Prefix + "/conversations/" + session.ConversationId;
        HttpRequestMessage request;
        switch (fuzz.Next(10))
        {
            case 0:
                kind = "poll";
                request = new HttpRequestMessage(HttpMethod.Get, prefix + "/activities?watermark=" + Uri.EscapeDataString(fuzz.Pick(["", "-1", "0", "99999999999999999999", "abc", "1.5", "０", fuzz.Text()])));
                break;
            case 1:
                kind = "upload";
                var form = new MultipartFormDataContent();
                if (fuzz.Chance(0.7))
                {
                    form.Add(new StringContent(Activity(fuzz, user).ToJsonString(), Encoding.UTF8), "activity", "blob");
                }

                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(fuzz.Text())), "file", fuzz.Pick(["a.txt", "../../x", "-", "名字.pdf", "\u0001.bin"]));
                request = new HttpRequestMessage(HttpMethod.Post, prefix + "/upload?userId=" + Uri.EscapeDataString(fuzz.Chance(0.5) ? user : fuzz.Text())) { Content = form };
                break;
            case 2:
                kind = "token-body";
                request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token") { Content = Json(fuzz.Chance(0.5) ? fuzz.Value(3)?.ToJsonString() ?? "null" : fuzz.Text()) };
                break;
            case 3:
                kind = "start-body";
                request = new HttpRequestMessage(HttpMethod.Post, DirectLineTestClient.Prefix + "/conversations") { Content = Json(fuzz.Value(3)?.ToJsonString() ?? "null") };
                break;
            case 4:
                kind = "invalid-utf8";
                request = new HttpRequestMessage(HttpMethod.Post, prefix + "/activities") { Content = new ByteArrayContent(fuzz.WithInvalidUtf8(Activity(fuzz, user).ToJsonString())) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                break;
            default:
                kind = "post";
                request = new HttpRequestMessage(HttpMethod.Post, prefix + "/activities") { Content = Json(Activity(fuzz, user).ToJsonString()) };
                break;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return request;
    }

    private static JsonObject Activity(FuzzInputs fuzz, string user)
    {
        var activity = new JsonObject
        {
            ["type"] = fuzz.Chance(0.8) ? "message" : fuzz.ActivityType(),
            ["from"] = fuzz.Chance(0.8) ? new JsonObject { ["id"] = user } : fuzz.Value(2),
            ["text"] = fuzz.Chance(0.9) ? fuzz.Text() : fuzz.Value(2),
            ["locale"] = fuzz.Pick(["en-US", "zh-CN", "", "💥"]),
        };
        switch (fuzz.Next(5))
        {
            case 0:
                activity["value"] = new JsonObject { ["verb"] = fuzz.Text(), ["value"] = new string('8', fuzz.Next(50_000)), ["data"] = fuzz.Value(4) };
                break;
            case 1:
                activity["channelData"] = fuzz.Chance(0.5) ? fuzz.Value(4) : FuzzInputs.Nested(fuzz.Next(60));
                break;
            case 2:
                activity[fuzz.Pick(["attachments", "entities", "conversation", "recipient", "id", "timestamp", "serviceUrl"])] = fuzz.Value(3);
                break;
        }

        return activity;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
