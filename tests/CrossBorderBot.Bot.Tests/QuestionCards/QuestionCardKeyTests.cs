using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Replies;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.QuestionCards;

/// <summary>
/// The key a question is known by in the ledger (stored in every conversation's state, and compared with the keys of
/// cards stamped before): the first 8 bytes of the SHA-256 of the question and its sorted button values, one a line,
/// in UTF-8; "typed" and the question for a question asked without a card. The figures were worked out apart from the
/// bot (Python's hashlib), so a change in how the key is made shows here.
/// </summary>
public sealed class QuestionCardKeyTests
{
    [Theory]
    [InlineData("How fast do you need it?", "express", "standard", "320E7F5E1B8B7556")]
    [InlineData("电池还是液体？", "none", "both", "D8FAB995A25D87A2")]
    public async Task A_question_card_is_known_by_its_question_and_its_sorted_values(string question, string first, string second, string key)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = question }),
            ["actions"] = new JArray(Button(first), Button(second)),
        };

        var ledger = await SendAsync((Activity)MessageFactory.Attachment(new Attachment(AdaptiveCardRenderer.ContentType, content: card)));

        Assert.Equal(key, ledger.Current?.QuestionKey);
    }

    [Fact]
    public async Task A_question_asked_without_a_card_is_known_by_its_text()
    {
        var ledger = await SendAsync((Activity)MessageFactory.Text("How much does one parcel weigh?", inputHint: InputHints.ExpectingInput));

        Assert.Equal("A3C1F047BCFE50E5", ledger.Current?.QuestionKey);
    }

    private static JObject Button(string value) =>
        new() { ["type"] = "Action.Submit", ["title"] = value.ToUpperInvariant(), ["data"] = new JObject { ["verb"] = "choose", ["value"] = value } };

    private static async Task<QuestionCardLedger> SendAsync(Activity activity)
    {
        var state = new ConversationState(new MemoryStorage());
        var stamps = new QuestionCardStamps(new BotStates(state, new UserState(new MemoryStorage())));
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Webchat);
        var turn = new TurnContext(adapter, (Activity)MessageFactory.Text("hi"));
        turn.Activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);
        stamps.Track(turn);
        await turn.SendActivityAsync(activity);
        return await state.CreateProperty<QuestionCardLedger>(QuestionCardLedger.StateProperty).GetAsync(turn, () => new QuestionCardLedger());
    }
}
