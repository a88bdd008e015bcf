using System.Text.Json.Nodes;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Answers;

/// <summary>
/// In the web chat (cards), an answer about a market's rules carries the button to be alerted when that market's rules
/// change in its own message, not in a second message with no text; an answer about no market carries none.
/// </summary>
public sealed class AnswerAlertOfferTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_answer_about_a_market_s_rules_and_its_alert_button_come_in_one_message()
    {
        var replies = await AskAsync("What's the standard VAT rate in Germany?");

        var withOffer = replies.Where(a => Actions(a).Any(IsAlertOffer)).ToList();
        var answer = Assert.Single(withOffer);
        Assert.Contains("19", Cards(answer).Select(c => c.ToJsonString()).FirstOrDefault() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Germany", Actions(answer).Single(IsAlertOffer)!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_about_no_market_has_no_alert_button()
    {
        var replies = await AskAsync("What does FOB mean?");

        Assert.Contains(replies, a => Cards(a).Any(c => c.ToJsonString().Contains("Free On Board", StringComparison.Ordinal)));
        Assert.DoesNotContain(replies, a => Actions(a).Any(IsAlertOffer));
    }

    private async Task<IReadOnlyList<JsonObject>> AskAsync(string question)
    {
        using var client = _host.CreateDirectLineClient();
        var token = await client.GenerateTokenAsync(DirectLineTestHost.Secret);
        var session = await client.StartAsync(token.Token);
        var userId = DirectLineTestClient.UserOf(session.Token);
        var watermark = (await client.PollAsync(session.ConversationId, session.Token)).Watermark;
        await client.PostAsync(session.ConversationId, session.Token, DirectLineTestClient.Message(question, userId));
        return [.. (await client.PollAsync(session.ConversationId, session.Token, watermark)).Activities];
    }

    private static bool IsAlertOffer(JsonNode? action) => action?["data"]?["verb"]?.GetValue<string>() == "alerts.subscribe";

    private static IEnumerable<JsonNode?> Actions(JsonObject activity) => Cards(activity).SelectMany(card => card["actions"]?.AsArray() ?? []);

    private static IEnumerable<JsonObject> Cards(JsonObject activity) =>
        (activity["attachments"]?.AsArray() ?? []).Select(a => a?["content"] as JsonObject).OfType<JsonObject>();
}
