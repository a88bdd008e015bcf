using System.Text.Json.Nodes;
using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.DirectLine;

/// <summary>
/// Web Chat keeps every card of the conversation clickable. A click on an old card of another question, sent through
/// the real Direct Line endpoints as Web Chat sends it, is said to be from an earlier question and the waiting
/// question is asked again, with the guide's answers kept; an old card asking the question that is waiting still
/// answers it.
/// </summary>
public sealed class WebChatOldCardClickTests : IDisposable
{
    private const string User = "dl_old_cards";

    private readonly DirectLineTestHost _host = new();
    private readonly DirectLineTestClient _client;
    private readonly List<JsonObject> _seen = [];
    private DirectLineTestClient.Session _session = null!;
    private string? _watermark;

    public WebChatOldCardClickTests() => _client = _host.CreateDirectLineClient();

    [Fact]
    public async Task A_click_on_the_old_menu_inside_a_guide_is_declined_and_the_guide_goes_on()
    {
        await StartAsync();
        await ClickAsync("Choose logistics");
        var sized = await SayAsync("2 kg");
        Assert.Contains(sized, reply => Text(reply).StartsWith("What are the parcel's outer dimensions", StringComparison.Ordinal));

        var stale = await ClickAsync("Choose platforms", oldest: true);

        Assert.Equal(QuestionCardText.English.CardExpired, Text(stale[0]));
        Assert.StartsWith("What are the parcel's outer dimensions", Text(stale[^1]), StringComparison.Ordinal);
        Assert.DoesNotContain(stale, reply => Text(reply).Contains("platforms that fit", StringComparison.Ordinal));

        // Nothing was lost: the weight is still known and the guide takes the next answer.
        var next = await SayAsync("30x20x10 cm");
        Assert.StartsWith("What is the declared value", Text(next[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_on_the_menu_while_a_typed_answer_is_awaited_is_declined_and_the_answer_still_taken()
    {
        await StartAsync();
        var started = await SayAsync("I want to ship a parcel");
        Assert.StartsWith("How much does one parcel weigh?", Text(started[^1]), StringComparison.Ordinal);

        var stale = await ClickAsync("Choose platforms");

        Assert.Equal(QuestionCardText.English.CardExpired, Text(stale[0]));
        Assert.StartsWith("How much does one parcel weigh?", Text(stale[^1]), StringComparison.Ordinal);
        var weighed = await SayAsync("2 kg");
        Assert.Contains(weighed, reply => Text(reply).StartsWith("What are the parcel's outer dimensions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_old_menu_card_still_answers_the_menu_when_the_menu_is_the_waiting_question()
    {
        await StartAsync();
        await SayAsync("hi");

        var clicked = await ClickAsync("Choose platforms", oldest: true);

        Assert.DoesNotContain(clicked, reply => Text(reply) == QuestionCardText.English.CardExpired);
        Assert.Contains(clicked, reply => Text(reply).Contains("platforms that fit", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private async Task StartAsync()
    {
        _session = await _client.StartAsync(DirectLineTestHost.Secret, userId: User);
        await PollAsync();
    }

    private Task<List<JsonObject>> SayAsync(string text) => PostAsync(DirectLineTestClient.Message(text, User));

    /// <summary>Clicks the button of that title on the newest card that has one, or on the oldest.</summary>
    private Task<List<JsonObject>> ClickAsync(string title, bool oldest = false)
    {
        var buttons = _seen
            .SelectMany(activity => activity["attachments"]?.AsArray() ?? [])
            .SelectMany(attachment => Descendants(attachment!["content"]))
            .OfType<JsonObject>()
            .Where(node => node["type"]?.GetValue<string>() == "Action.Submit" && node["title"]?.GetValue<string>() == title)
            .ToList();
        Assert.NotEmpty(buttons);
        var button = oldest ? buttons[0] : buttons[^1];
        return PostAsync(DirectLineTestClient.CardSubmit(button["data"]!.DeepClone(), User));
    }

    private async Task<List<JsonObject>> PostAsync(object activity)
    {
        await _client.PostAsync(_session.ConversationId, _session.Token, activity);
        return await PollAsync();
    }

    private async Task<List<JsonObject>> PollAsync()
    {
        var set = await _client.PollAsync(_session.ConversationId, _session.Token, _watermark);
        _watermark = set.Watermark;
        // The bot's messages, as Web Chat shows them (its typing indicators are not replies).
        var replies = set.Activities.Where(activity => activity["from"]?["role"]?.GetValue<string>() == "bot" && activity["type"]?.GetValue<string>() == "message").ToList();
        _seen.AddRange(replies);
        return replies;
    }

    private static string Text(JsonObject activity) => activity["text"]?.GetValue<string>() ?? string.Empty;

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject item => item.Select(property => property.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
