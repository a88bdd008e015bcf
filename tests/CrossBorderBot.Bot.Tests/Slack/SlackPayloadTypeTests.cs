using System.Net;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// A correctly signed Slack payload whose fields have the wrong JSON types is answered 400 (Slack does not retry it)
/// and starts no turn; it used to be a 500, which Slack retries.
/// </summary>
public sealed class SlackPayloadTypeTests
{
    [Theory]
    [InlineData("text", """{"a":1}""")]
    [InlineData("user", "[1,2]")]
    [InlineData("channel", "42")]
    [InlineData("ts", "true")]
    [InlineData("thread_ts", """{"x":"y"}""")]
    [InlineData("subtype", "[]")]
    public async Task A_signed_event_with_a_wrongly_typed_field_gets_400_and_no_turn(string field, string json)
    {
        await using var host = await SlackBotHost.StartAsync();
        var slackEvent = SlackPayloads.DirectMessage("hello", SlackPayloads.NowTs());
        slackEvent[field] = JToken.Parse(json);

        using var response = await host.SendEventAsync(SlackPayloads.Envelope(slackEvent));
        await host.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(host.Api.Calls, call => call.Method == "chat.postMessage");
    }

    [Theory]
    [InlineData("""{"event":"not an object"}""")]
    [InlineData("""{"event_id":{"a":1}}""")]
    [InlineData("""{"authorizations":[1,2]}""")]
    [InlineData("""{"authorizations":[{"user_id":{"a":1},"is_bot":true}]}""")]
    public async Task A_signed_envelope_with_wrongly_typed_parts_gets_400(string overrides)
    {
        await using var host = await SlackBotHost.StartAsync();
        var envelope = SlackPayloads.Envelope(SlackPayloads.DirectMessage("hello", SlackPayloads.NowTs()));
        envelope.Merge(JObject.Parse(overrides), new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace });

        using var response = await host.SendEventAsync(envelope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"type":"block_actions","actions":[42],"user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"D1"}}""")]
    [InlineData("""{"type":"block_actions","actions":[{"type":"button","value":{"v":1}}],"user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"D1"}}""")]
    [InlineData("""{"type":"block_actions","actions":[{"type":"button","value":"x"}],"user":"U1","team":{"id":"T1"},"channel":{"id":"D1"}}""")]
    [InlineData("""{"type":"block_actions","actions":[{"type":"button","value":"x"}],"user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"D1"},"message":{"text":[1]}}""")]
    [InlineData("""{"type":"block_actions","actions":[{"type":"button","value":"x"}],"user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"D1"},"state":{"values":{"b":{"a":{"type":"plain_text_input","value":5}}}}}""")]
    public async Task A_signed_interaction_with_wrongly_typed_fields_gets_400(string payload)
    {
        await using var host = await SlackBotHost.StartAsync();

        using var response = await host.SendInteractionAsync("payload=" + Uri.EscapeDataString(payload));
        await host.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(host.Api.Calls, call => call.Method == "chat.postMessage");
    }
}
