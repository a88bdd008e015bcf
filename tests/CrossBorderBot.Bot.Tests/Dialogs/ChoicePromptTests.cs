using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Dialogs;

public class ChoicePromptTests
{
    /// <summary>After a miss the choices are listed with an example, so the user sees what is taken.</summary>
    private const string PlatformsMiss = DialogPromptProbe.NotUnderstood + " You can answer with one of: Amazon; eBay; Own web store. For example \"eBay\" or \"2\".";

    private static readonly PromptOptions Platforms = PromptOptions.FromText("Where do you want to sell?", choices:
    [
        new Choice("amazon", "Amazon", ["亚马逊"]),
        new Choice("ebay", "eBay"),
        new Choice("own_store", "Own web store", ["独立站", "Shopify"]),
    ]);

    [Theory]
    [InlineData("1", "got: amazon #1")]
    [InlineData(" AMAZON ", "got: amazon #1")]
    [InlineData("亚马逊", "got: amazon #1")]
    [InlineData("ebay", "got: ebay #2")]
    [InlineData("two", "got: ebay #2")]
    [InlineData("二", "got: ebay #2")]
    [InlineData("3", "got: own_store #3")]
    [InlineData("第三", "got: own_store #3")]
    [InlineData("third", "got: own_store #3")]
    [InlineData("own   WEB store.", "got: own_store #3")]
    [InlineData("own_store", "got: own_store #3")]
    [InlineData("独立站", "got: own_store #3")]
    [InlineData("shopify", "got: own_store #3")]
    [InlineData("4", PlatformsMiss)]
    [InlineData("walmart", PlatformsMiss)]
    public async Task Accepts_number_title_value_and_synonym(string answer, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new ChoicePrompt("choice"), answer, Platforms));

    [Theory]
    [InlineData("choose", "got: ebay #2")]
    [InlineData("help", PlatformsMiss)]
    public async Task Accepts_a_card_submit_with_the_choose_verb(string verb, string reply) =>
        Assert.Equal(reply, await DialogPromptProbe.AnswerAsync(new ChoicePrompt("choice"), a => a.CardSubmit("ebay", verb), Platforms));

    [Fact]
    public async Task Shows_an_adaptive_card_with_one_submit_button_per_choice()
    {
        var bot = new DialogTestBot("ask", set => set
            .Add(DialogTestSteps.AskOnce("ask", "choice", Platforms))
            .Add(new ChoicePrompt("choice")));

        await bot.Flow().Send("hi").AssertReply(activity =>
        {
            Assert.Equal("Where do you want to sell?", ((IMessageActivity)activity).Text);
            var card = activity.Card();
            Assert.Equal("1.5", (string?)card["version"]);
            Assert.Equal("Where do you want to sell?", (string?)card.SelectToken("body[0].text"));
            Assert.True((bool?)card.SelectToken("body[0].wrap"));
            Assert.Equal(["Amazon", "eBay", "Own web store"], card["actions"]!.Select(a => (string?)a["title"]));
            Assert.All(card["actions"]!, a => Assert.Equal("Action.Submit", (string?)a["type"]));
            Assert.All(card["actions"]!, a => Assert.Equal("choose", (string?)a.SelectToken("data.verb")));
            Assert.Equal(["amazon", "ebay", "own_store"], card["actions"]!.Select(a => (string?)a.SelectToken("data.value")));
        }).StartTestAsync();
    }
}
