using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

public class CardCollectingMiddlewareTests
{
    [Fact]
    public async Task Collects_the_cards_a_dialog_sends_and_they_pass_the_contract()
    {
        var options = PromptOptions.FromText("Where do you want to sell?", choices: [new Choice("amazon", "Amazon"), new Choice("ebay", "eBay")]);
        var bot = new DialogTestBot("ask", set => set.Add(DialogTestSteps.AskOnce("ask", "choice", options)).Add(new ChoicePrompt("choice")));
        var cards = new CardCollectingMiddleware();
        bot.Adapter.Use(cards);

        await bot.Flow()
            .Send("hi").AssertReply("Where do you want to sell?")
            .Send("walmart").AssertReply(reply => Assert.StartsWith(DialogPromptProbe.NotUnderstood, reply.AsMessageActivity().Text)).AssertReply("Where do you want to sell?")
            .StartTestAsync();

        Assert.Equal(2, cards.Cards.Count);
        cards.AssertAllValid();
    }

    [Fact]
    public async Task A_broken_card_fails_the_test_that_sent_it()
    {
        var cards = new CardCollectingMiddleware();
        var adapter = new TestAdapter().Use(cards);
        var broken = new JObject { ["type"] = "AdaptiveCard", ["version"] = "1.6", ["body"] = new JArray() };

        await new TestFlow(adapter, (turn, ct) => turn.SendActivityAsync(MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: broken)), ct))
            .Send("hi").AssertReply(_ => { })
            .StartTestAsync();

        var failure = Assert.Throws<Xunit.Sdk.FailException>(cards.AssertAllValid);
        Assert.Contains("version '1.6'", failure.Message, StringComparison.Ordinal);
    }
}
