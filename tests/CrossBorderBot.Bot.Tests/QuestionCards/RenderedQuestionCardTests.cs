using System.Text;
using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Hosting;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using CrossBorderBot.Storage;
using CrossBorderBot.Tests.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.QuestionCards;

/// <summary>
/// A card the bot rendered is stamped in its bytes (<see cref="RenderedQuestionCard"/>); the same card given as a
/// Json.NET tree is stamped on the tree, as every card was before. Both must send the same bytes and remember the same
/// question, options and key, on every block kind, in both languages, with awkward text, and with folded choices.
/// </summary>
public sealed class RenderedQuestionCardTests
{
    public static TheoryData<string> Texts() =>
    [
        "plain ASCII",
        "  padded title  ",
        "quotes \" and backslashes \\ and control \u0001 \u001f \u007f \t \n \r \b \f",
        "中文：发往德国的物流渠道",
        "emoji \U0001F4E6 and \U0001F1E9\U0001F1EA flags",
        "lone high \uD83D then text",
        "<html> & 'apostrophes' \u2028 \u2029 \u0085 \u00A0",
        string.Empty,
    ];

    public static TheoryData<string, bool> Variants() => new()
    {
        { "en-US", true },
        { "zh-CN", true },
        { "en-US", false },
        { "zh-CN", false },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_block_kind_and_folded_choices_stamp_as_their_tree(string locale, bool inputs)
    {
        var language = BotLanguage.Of(locale);
        var choose = new Dictionary<string, string> { ["value"] = "a" };
        Reply[] replies =
        [
            ReplySamples.EveryBlock(),
            Reply.Of(ReplySamples.Choices(2)),
            Reply.Of(ReplySamples.Choices(7)),
            Reply.Of(ReplySamples.Choices(12), ReplySamples.Choices(3)),
            Reply.Of(ReplySamples.Choices(40)),
            Reply.Of(new HeadingBlock("Do you need tracking?"), new ParagraphBlock("Most buyers expect it."), new ChoiceSetBlock(string.Empty, [new ReplyChoice("yes", "Yes"), new ReplyChoice("no", "No"), new ReplyChoice("yes", "Yes again")])),
            Reply.Of(new ActionButtonsBlock([new ReplyAction("A", ReplyVerbs.Choose, choose), new ReplyAction("B", ReplyVerbs.Choose), new ReplyAction("Other", "go", choose)])),
            Reply.Of(ReplySamples.Table(30), ReplySamples.Buttons(14)),
        ];

        foreach (var reply in replies)
        {
            await AssertStampedAsTreeAsync(AdaptiveCardRenderer.Render(reply, language, inputs));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Awkward_text_in_questions_titles_and_values_stamps_as_its_tree(string text)
    {
        var reply = Reply.Of(
            new HeadingBlock(text),
            new ParagraphBlock(text),
            new ChoiceSetBlock(text, [.. Enumerable.Range(1, 8).Select(i => new ReplyChoice(text + i, text))]),
            new ActionButtonsBlock([new ReplyAction(text, ReplyVerbs.Choose, new Dictionary<string, string> { ["value"] = text, [text + "k"] = text })]));

        await AssertStampedAsTreeAsync(AdaptiveCardRenderer.Render(reply, BotLanguage.English));
        await AssertStampedAsTreeAsync(AdaptiveCardRenderer.Render(reply, BotLanguage.Chinese, inputs: false));
    }

    [Fact]
    public async Task A_card_without_question_buttons_is_sent_as_it_was_and_remembered_as_nothing()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new HeadingBlock("Result"), ReplySamples.Table(5), ReplySamples.Buttons(3)), BotLanguage.English);

        var (sent, ledger) = await SendAsync(card);

        Assert.Same(card, sent);
        Assert.Empty(ledger.Cards);
    }

    [Fact]
    public async Task A_card_whose_bytes_hold_no_action_is_not_read_and_one_that_may_spell_one_is()
    {
        var result = AdaptiveCardRenderer.Render(Reply.Of(new HeadingBlock("Result"), ReplySamples.Table(5), new ParagraphBlock("寄往德国")), BotLanguage.English);
        Assert.False(RenderedQuestionCard.MayHoldActions(result.Utf8.Span));
        var (sent, ledger) = await SendAsync(result);
        Assert.Same(result, sent);
        Assert.Empty(ledger.Cards);

        // "\u0041ction.Submit" is "Action.Submit" to every JSON reader: such a card is read, and its button stamped.
        var escaped = Encoding.UTF8.GetBytes("""{"type":"AdaptiveCard","actions":[{"type":"\u0041ction.Submit","title":"A","data":{"verb":"choose","value":"a"}}]}""");
        Assert.True(RenderedQuestionCard.MayHoldActions(escaped));
        var (_, stampedLedger) = await SendAsync(new AdaptiveCardJson(escaped));
        Assert.Single(stampedLedger.Cards);
    }

    [Fact]
    public void What_the_pass_does_not_read_as_the_tree_does_is_left_to_the_tree()
    {
        const string Button = """{"type":"Action.Submit","title":"A","data":{"verb":"choose","value":"a"}}""";
        string[] leftToTheTree =
        [
            """{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","title":"A","data":{"verb":"choose","value":"a","promptId":"p1"}}]}""",
            """{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","title":7,"data":{"verb":"choose","value":"a"}}]}""",
            """{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","title":"A","data":{"verb":"choose","value":true}}]}""",
            """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":12}],"actions":[""" + Button + "]}",
            """{"type":"AdaptiveCard","type":"AdaptiveCard","actions":[""" + Button + "]}",
            """{"type":"AdaptiveCard","actions":[""" + Button + ",",
        ];

        foreach (var json in leftToTheTree)
        {
            Assert.Null(RenderedQuestionCard.Read(Encoding.UTF8.GetBytes(json)));
        }

        var read = RenderedQuestionCard.Read(Encoding.UTF8.GetBytes("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":" Which? "}],"actions":[""" + Button + "]}"));
        Assert.NotNull(read);
        Assert.Equal("Which?", read.Question);
        Assert.Equal([("a", (string?)"A")], read.Options);
    }

    /// <summary>Stamps <paramref name="card"/> as sent and, on a fresh conversation, its tree; both must agree.</summary>
    private static async Task AssertStampedAsTreeAsync(AdaptiveCardJson card)
    {
        var (fromBytes, bytesLedger) = await SendAsync(card);
        var (fromTree, treeLedger) = await SendAsync(card.ToJObject());

        Assert.Equal(treeLedger.Cards.Count, bytesLedger.Cards.Count);
        if (treeLedger.Current is not { } expected)
        {
            Assert.Same(card, fromBytes);
            return;
        }

        // The pass read the card itself: it did not leave it to the tree.
        var stamped = Assert.IsType<AdaptiveCardJson>(fromBytes);
        var tree = Assert.IsType<JObject>(fromTree);
        Assert.Equal(tree.ToString(Formatting.None), stamped.ToString());
        Assert.Equal(Body(tree), Body(stamped));

        var actual = bytesLedger.Current!;
        Assert.Equal(expected.PromptId, actual.PromptId);
        Assert.Equal(expected.Question, actual.Question);
        Assert.Equal(expected.QuestionKey, actual.QuestionKey);
        Assert.Equal(expected.Options, actual.Options);
    }

    private static async Task<(object? Sent, QuestionCardLedger Ledger)> SendAsync(object content)
    {
        var state = new ConversationState(new MemoryStorage());
        var stamps = new QuestionCardStamps(new BotStates(state, new UserState(new MemoryStorage())));
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Webchat);
        var turn = new TurnContext(adapter, (Activity)MessageFactory.Text("hi"));
        turn.Activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);
        stamps.Track(turn);
        var activity = (Activity)MessageFactory.Attachment(new Attachment(AdaptiveCardRenderer.ContentType, content: content));
        await turn.SendActivityAsync(activity);
        var ledger = await state.CreateProperty<QuestionCardLedger>(QuestionCardLedger.StateProperty).GetAsync(turn, () => new QuestionCardLedger());
        return (activity.Attachments[0].Content, ledger);
    }

    private static string Body(object content)
    {
        var activity = new Activity(ActivityTypes.Message) { Attachments = [new Attachment(AdaptiveCardRenderer.ContentType, content: content)] };
        return Encoding.UTF8.GetString(ReplyBodySerializer.Write(new ExpectedReplies([activity])).ToArray());
    }
}
