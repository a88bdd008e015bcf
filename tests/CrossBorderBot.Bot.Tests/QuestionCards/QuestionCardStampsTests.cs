using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Channels.Teams;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.QuestionCards;

/// <summary>How a click on a question card is judged against the question that is waiting.</summary>
public sealed class QuestionCardStampsTests
{
    private readonly ConversationState _state = new(new MemoryStorage());

    [Fact]
    public async Task A_click_on_the_card_of_an_earlier_different_question_is_expired()
    {
        var cards = Cards();
        var turn = NewTurn(cards);
        var battery = await SendQuestionAsync(turn, "Does the product contain a battery?", ("Yes", "yes"), ("No", "no"));
        await SendQuestionAsync(turn, "Do you need tracking?", ("Yes", "yes"), ("No", "no"));

        var (freshness, clicked) = await cards.CheckAsync(turn, ButtonData(battery, 0), replyToId: null, CancellationToken.None);

        Assert.Equal(QuestionCardFreshness.Expired, freshness);
        Assert.Equal("Does the product contain a battery?", clicked?.Question);
    }

    [Fact]
    public async Task A_click_on_an_earlier_card_of_the_same_question_answers_it()
    {
        var cards = Cards();
        var turn = NewTurn(cards);
        var first = await SendQuestionAsync(turn, "Which market?", ("EU", "eu"), ("US", "us"));
        var second = await SendQuestionAsync(turn, "Which market?", ("EU", "eu"), ("US", "us"));

        Assert.Equal(QuestionCardFreshness.SameQuestion, (await cards.CheckAsync(turn, ButtonData(first, 1), null, CancellationToken.None)).Freshness);
        Assert.Equal(QuestionCardFreshness.Current, (await cards.CheckAsync(turn, ButtonData(second, 1), null, CancellationToken.None)).Freshness);
    }

    [Fact]
    public async Task Without_a_stamp_the_card_is_recognised_by_its_message_id()
    {
        var cards = Cards();
        var turn = NewTurn(cards);
        var first = await SendQuestionAsync(turn, "Does the product contain a battery?", ("Yes", "yes"));
        var firstId = LastSentId;
        await SendQuestionAsync(turn, "Do you need tracking?", ("Yes", "yes"));
        var unstamped = new JObject { ["verb"] = "choose", ["value"] = "yes" };

        Assert.NotNull(first);
        Assert.Equal(QuestionCardFreshness.Expired, (await cards.CheckAsync(turn, unstamped, firstId, CancellationToken.None)).Freshness);
        Assert.Equal(QuestionCardFreshness.Current, (await cards.CheckAsync(turn, unstamped, LastSentId, CancellationToken.None)).Freshness);
    }

    [Fact]
    public async Task Clicks_with_other_verbs_are_not_answers_and_are_never_declined()
    {
        var cards = Cards();
        var turn = NewTurn(cards);
        await SendQuestionAsync(turn, "Which market?", ("EU", "eu"));

        var (freshness, _) = await cards.CheckAsync(turn, new JObject { ["verb"] = "restart", [QuestionCardStamps.PromptIdField] = "p77" }, null, CancellationToken.None);

        Assert.Equal(QuestionCardFreshness.Current, freshness);
    }

    [Fact]
    public async Task With_universal_actions_buttons_become_execute_with_the_submit_as_fallback()
    {
        var cards = Cards();
        var turn = NewTurn(cards, universalActions: true);

        var card = await SendQuestionAsync(turn, "Which market?", ("EU", "eu"));

        var button = (JObject)card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)button["type"]);
        Assert.Equal("choose", (string?)button["verb"]);
        Assert.Equal("eu", (string?)button["data"]!["value"]);
        Assert.Equal("Action.Submit", (string?)button["fallback"]!["type"]);
        Assert.Equal((string?)button["data"]![QuestionCardStamps.PromptIdField], (string?)button["fallback"]!["data"]![QuestionCardStamps.PromptIdField]);
    }

    [Fact]
    public async Task Only_the_last_few_cards_are_remembered()
    {
        var cards = Cards();
        var turn = NewTurn(cards);
        var oldest = await SendQuestionAsync(turn, "Which market?", ("EU", "eu"));
        for (var i = 0; i < QuestionCardLedger.Capacity; i++)
        {
            await SendQuestionAsync(turn, "Which market?", ("EU", "eu"));
        }

        Assert.Equal(QuestionCardFreshness.Expired, (await cards.CheckAsync(turn, ButtonData(oldest, 0), null, CancellationToken.None)).Freshness);
    }

    private string? LastSentId { get; set; }

    /// <summary>
    /// A Teams turn whose sent messages get ids, as Teams gives them; the cards are tracked on it (and their buttons made
    /// Universal Actions after, as the Teams door does when they are on).
    /// </summary>
    private TurnContext NewTurn(QuestionCardStamps cards, bool universalActions = false)
    {
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Msteams);
        var turn = new TurnContext(adapter, (Activity)MessageFactory.Text("hi"));
        turn.Activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);
        cards.Track(turn);
        if (universalActions)
        {
            TeamsUniversalActions.Use(turn);
        }

        var sequence = 0;
        turn.OnSendActivities(async (_, activities, next) =>
        {
            await next();
            return [.. activities.Select(_ => new ResourceResponse(LastSentId = $"msg-{++sequence}"))];
        });
        return turn;
    }

    private QuestionCardStamps Cards() =>
        new(new BotStates(_state, new UserState(new MemoryStorage())));

    private static async Task<JObject> SendQuestionAsync(ITurnContext turn, string question, params (string Title, string Value)[] options)
    {
        var activity = ChoiceCard.Attach(turn, (Activity)MessageFactory.Text(question), options);
        await turn.SendActivityAsync(activity);
        return CardTrees.Of(activity.Attachments[0].Content);
    }

    private static JObject ButtonData(JObject card, int index) => (JObject)card["actions"]![index]!["data"]!.DeepClone();
}
