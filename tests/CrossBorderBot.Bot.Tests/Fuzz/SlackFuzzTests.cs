using System.Net;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// Seeded odd but correctly signed Slack requests (events with fields of random types and content, interactions with
/// garbage payloads, slash commands with odd text): never a 500 (Slack would retry), no failed turn, no apology posted,
/// and a normal direct message is answered afterwards.
/// </summary>
public sealed class SlackFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Cases = 300;
    private const int Seed = 4242;

    [Fact]
    public async Task Odd_signed_slack_requests_never_get_a_500_nor_an_apology()
    {
        var plan = FuzzPlan.For("slack", Seed, Cases, parallel: 3);
        var errors = new FuzzLogCapture();
        await using var host = await SlackBotHost.StartAsync(configureServices: services => services.AddLogging(logging => logging.AddProvider(errors)));

        var report = await FuzzHarness.RunAsync(plan, errors, async (index, fuzz, cancellationToken) =>
        {
            var kind = fuzz.Next(4) switch { 0 => "interaction", 1 => "command", _ => "event" };
            using var response = kind switch
            {
                "interaction" => await host.SendInteractionAsync("payload=" + Uri.EscapeDataString(Interaction(fuzz).ToString(Newtonsoft.Json.Formatting.None))),
                "command" => await host.SendCommandAsync(SlackPayloads.SlashCommand(fuzz.Text(), fuzz.Pick([SlackPayloads.DirectChannel, SlackPayloads.PublicChannel, "", "💥"]))),
                _ => await host.SendEventAsync(Event(fuzz, index)),
            };
            var status = (int)response.StatusCode;
            return new FuzzCaseResult(kind, status, status >= 500 && status != 503 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        });
        await host.WhenIdleAsync();

        output.WriteLine(report.Summary());
        report.AssertClean();
        Assert.True(plan.OnlyCase is not null || report.CountOf(200) > plan.Cases / 4, report.Summary());
        Assert.DoesNotContain(host.Api.Calls, call => FuzzChecks.IsApology(call.Body.ToString()));

        var before = host.Api.Calls.Count;
        // From a user who took no part in the flood (the fuzz's clicks and commands used up the test user's turn allowance).
        var calm = SlackPayloads.DirectMessage("hi", SlackPayloads.NowTs());
        calm["user"] = "U0CALMUSER1";
        using var normal = await host.SendEventAsync(SlackPayloads.Envelope(calm));
        await host.WhenIdleAsync();
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Contains(host.Api.Calls.Skip(before), call => call.Method == "chat.postMessage");
    }

    private static JObject Event(FuzzInputs fuzz, int index)
    {
        var slackEvent = fuzz.Chance(0.5)
            ? SlackPayloads.DirectMessage(fuzz.Text(), SlackPayloads.NowTs())
            : SlackPayloads.AppMention("<@" + SlackFakeWebApi.BotUserId + "> " + fuzz.Text(), SlackPayloads.NowTs());
        ((JObject)slackEvent)["user"] = "U0FUZZ" + (index % 50).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var mutations = fuzz.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            var field = fuzz.Pick(["text", "user", "channel", "ts", "thread_ts", "subtype", "channel_type", "type", "bot_id", "blocks", "files", "team"]);
            slackEvent[field] = fuzz.Chance(0.5) ? JToken.Parse(fuzz.Value(3)?.ToJsonString() ?? "null") : fuzz.Text();
        }

        var envelope = SlackPayloads.Envelope(slackEvent);
        if (fuzz.Chance(0.15))
        {
            envelope[fuzz.Pick(["type", "event_id", "team_id", "authorizations", "event"])] = JToken.Parse(fuzz.Value(2)?.ToJsonString() ?? "null");
        }

        return envelope;
    }

    private static JObject Interaction(FuzzInputs fuzz)
    {
        var payload = new JObject
        {
            ["type"] = fuzz.Chance(0.8) ? "block_actions" : fuzz.Text(),
            ["user"] = new JObject { ["id"] = SlackPayloads.UserId, ["team_id"] = SlackPayloads.TeamId },
            ["team"] = new JObject { ["id"] = SlackPayloads.TeamId },
            ["channel"] = new JObject { ["id"] = SlackPayloads.DirectChannel },
            ["actions"] = new JArray(new JObject
            {
                ["type"] = fuzz.Pick(["button", "static_select", "overflow", ""]),
                ["value"] = fuzz.Chance(0.5) ? JToken.Parse(fuzz.Value(2)?.ToJsonString() ?? "null") : "{\"verb\":\"" + fuzz.Text().Replace("\"", string.Empty, StringComparison.Ordinal) + "\"}",
                ["action_id"] = fuzz.Text(),
                ["block_id"] = fuzz.Text(),
            }),
        };
        if (fuzz.Chance(0.3))
        {
            payload["state"] = JToken.Parse(fuzz.Value(4)?.ToJsonString() ?? "null");
        }

        if (fuzz.Chance(0.3))
        {
            payload["message"] = JToken.Parse(fuzz.Value(3)?.ToJsonString() ?? "null");
        }

        return payload;
    }
}
