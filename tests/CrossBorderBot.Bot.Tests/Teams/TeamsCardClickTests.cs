using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Teams;

/// <summary>
/// Card clicks in Teams, as <c>Action.Submit</c> messages and as <c>Action.Execute</c> invokes: the waiting question
/// takes the answer, clicks on old cards are answered only when they ask the same question, and Execute gets the
/// updated card back in the invoke response.
/// </summary>
public sealed class TeamsCardClickTests : IClassFixture<TeamsBotHost>
{
    private readonly TeamsBotHost _host;

    public TeamsCardClickTests(TeamsBotHost host)
    {
        _host = host;
    }

    [Fact]
    public async Task Question_cards_carry_a_prompt_stamp_on_every_button()
    {
        var (_, menu) = await InstallAsync();

        var buttons = (JArray)menu.Card!["actions"]!;
        Assert.NotEmpty(buttons);
        Assert.All(buttons, button => Assert.False(string.IsNullOrEmpty((string?)button["data"]?[QuestionCardStamps.PromptIdField])));
        Assert.Single(buttons.Select(button => (string?)button["data"]![QuestionCardStamps.PromptIdField]).Distinct());
    }

    [Fact]
    public async Task A_submit_from_the_waiting_card_answers_the_question()
    {
        var (conversation, menu) = await InstallAsync();

        var sent = await ClickAsync(conversation, menu, "choose_platform");

        Assert.Contains(sent, s => s.Text == PlatformGuideText.English.Intro);
        Assert.DoesNotContain(sent, s => s.Text == QuestionCardText.English.CardExpired);
    }

    [Fact]
    public async Task A_submit_from_an_older_card_with_the_same_question_still_answers_it()
    {
        var (conversation, firstMenu) = await InstallAsync();
        var afterFirst = await ClickAsync(conversation, firstMenu, "choose_platform");
        Assert.Contains(afterFirst, s => s.Card is not null);
        await SendAsync(TeamsPayloads.Message(conversation, "personal", "cancel"));

        // The first menu card is older now, but the menu asks the same question again.
        var sent = await ClickAsync(conversation, firstMenu, "choose_logistics");

        Assert.Contains(sent, s => s.Text == LogisticsGuideText.English.Intro);
        Assert.DoesNotContain(sent, s => s.Text == QuestionCardText.English.CardExpired);
    }

    [Theory]
    [InlineData("p999", null)]
    [InlineData(null, "1600000000000")]
    public async Task A_submit_from_a_card_of_another_question_is_declined_and_the_waiting_question_asked_again(string? promptId, string? cardId)
    {
        var (conversation, menu) = await InstallAsync();
        var data = new JObject { ["verb"] = "choose", ["value"] = "yes" };
        if (promptId is not null)
        {
            data[QuestionCardStamps.PromptIdField] = promptId;
        }

        var sent = await SendAsync(TeamsPayloads.Submit(conversation, "personal", data, cardId ?? menu.Id));

        Assert.Equal(QuestionCardText.English.CardExpired, sent[0].Text);
        Assert.Equal((string?)menu.Card!["body"]![0]!["text"], (string?)sent[^1].Card?["body"]?[0]?["text"]);
        // The menu once said "That guide is not available yet" here; that text is gone and must not come back.
        Assert.DoesNotContain(sent, s => s.Text?.Contains("not available", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Typing_an_answer_is_never_treated_as_an_old_card()
    {
        var (conversation, _) = await InstallAsync();

        var sent = await SendAsync(TeamsPayloads.Message(conversation, "personal", "Choose platforms"));

        Assert.Contains(sent, s => s.Text == PlatformGuideText.English.Intro);
    }

    [Fact]
    public async Task Execute_runs_the_answer_and_returns_the_card_with_the_choice_and_no_buttons()
    {
        var (conversation, menu) = await InstallAsync();
        var data = (JObject)menu.Card!["actions"]![1]!["data"]!.DeepClone();
        _host.Connector.Clear();

        var (status, body) = await _host.PostAsync(TeamsPayloads.Execute(conversation, "personal", "choose", data, menu.Id));

        Assert.Equal(200, status);
        Assert.Equal(200, (int?)body?["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body?["type"]);
        var card = (JObject)body!["value"]!;
        Assert.Null(card["actions"]);
        var texts = card["body"]!.Select(block => (string?)block["text"]).ToList();
        Assert.Contains(BotText.English.MenuPrompt, texts);
        Assert.Contains("✓ You chose: " + BotText.English.MenuPlatform, texts);

        // The turn ran as for a submit: the answer was taken and the next question sent as a new message.
        Assert.Contains(_host.Connector.Sent, s => s.Text == PlatformGuideText.English.Intro);
    }

    [Fact]
    public async Task Execute_from_an_expired_card_says_so_on_the_card_and_asks_the_waiting_question()
    {
        var (conversation, _) = await InstallAsync();
        _host.Connector.Clear();
        var data = new JObject { ["verb"] = "choose", ["value"] = "yes", [QuestionCardStamps.PromptIdField] = "p404" };

        var (status, body) = await _host.PostAsync(TeamsPayloads.Execute(conversation, "personal", "choose", data, "1600000000001"));

        Assert.Equal(200, status);
        Assert.Contains(TeamsText.English.CardExpiredShort, body!["value"]!["body"]!.Select(block => (string?)block["text"]));
        Assert.Contains(_host.Connector.Sent, s => s.Text == QuestionCardText.English.CardExpired);
        Assert.Contains(_host.Connector.Sent, s => s.Card is not null);
    }

    [Fact]
    public async Task Execute_with_an_unknown_verb_gets_a_clear_message_and_changes_nothing()
    {
        var (conversation, menu) = await InstallAsync();
        _host.Connector.Clear();

        var (status, body) = await _host.PostAsync(TeamsPayloads.Execute(conversation, "personal", "deleteEverything", [], menu.Id));

        Assert.Equal(200, status);
        Assert.Equal(200, (int?)body?["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body?["type"]);
        Assert.Equal(TeamsText.English.UnknownAction, (string?)body?["value"]);
        Assert.Empty(_host.Connector.Sent);
    }

    [Fact]
    public async Task A_malformed_card_action_is_a_client_error_not_a_server_error()
    {
        var (conversation, menu) = await InstallAsync();
        var invoke = TeamsPayloads.Execute(conversation, "personal", "choose", [], menu.Id);
        invoke["value"]!["action"]!["type"] = "Action.Submit";

        var (status, _) = await _host.PostAsync(invoke);

        Assert.InRange(status, 200, 499);
    }

    [Fact]
    public async Task A_click_on_the_menu_card_while_a_typed_answer_is_awaited_is_declined_and_the_question_asked_again()
    {
        var (conversation, menu) = await InstallAsync();
        var started = await SendAsync(TeamsPayloads.Message(conversation, "personal", "I want to ship a parcel"));
        Assert.StartsWith("How much does one parcel weigh?", started[^1].Text, StringComparison.Ordinal);

        // The menu card is the newest card, but the question waiting now is the typed weight.
        var sent = await ClickAsync(conversation, menu, "choose_platform");

        Assert.Equal(QuestionCardText.English.CardExpired, sent[0].Text);
        Assert.StartsWith("How much does one parcel weigh?", sent[^1].Text, StringComparison.Ordinal);
        var weighed = await SendAsync(TeamsPayloads.Message(conversation, "personal", "2 kg"));
        Assert.Contains(weighed, s => s.Text?.StartsWith("What are the parcel's outer dimensions", StringComparison.Ordinal) == true);
    }

    private async Task<(string Conversation, TeamsSentActivity Menu)> InstallAsync()
    {
        var conversation = TeamsPayloads.NewConversationId("personal");
        var sent = await SendAsync(TeamsPayloads.BotAdded(conversation, "personal"));
        return (conversation, sent.Last(s => s.Card is not null));
    }

    private Task<List<TeamsSentActivity>> ClickAsync(string conversation, TeamsSentActivity card, string value)
    {
        var button = card.Card!["actions"]!.First(action => (string?)action["data"]?["value"] == value);
        return SendAsync(TeamsPayloads.Submit(conversation, "personal", (JObject)button["data"]!.DeepClone(), card.Id));
    }

    /// <summary>Posts one activity and returns what the bot sent to this conversation during it.</summary>
    private async Task<List<TeamsSentActivity>> SendAsync(JObject activity)
    {
        var conversation = (string)activity["conversation"]!["id"]!;
        var before = _host.Connector.Sent.Select(s => s.Id).ToHashSet();
        var (status, _) = await _host.PostAsync(activity);
        Assert.Equal(200, status);
        // The messages the user sees; the typing indicator shown while they were built is not one.
        return [.. _host.Connector.Sent.Where(s => !before.Contains(s.Id) && (string?)s.Activity["conversation"]?["id"] == conversation && (string?)s.Activity["type"] == "message")];
    }
}
