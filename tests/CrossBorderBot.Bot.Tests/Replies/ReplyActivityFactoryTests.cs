using CrossBorderBot.Language;
using CrossBorderBot.Channels.Terminal;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies;

public class ReplyActivityFactoryTests
{
    private static readonly Reply Result = Reply.Of(
        new HeadingBlock("Best channel: DHL Express"),
        new FactListBlock([new ReplyFact("Days", "3–5")]),
        new ActionButtonsBlock([new ReplyAction("Send me the plan", "send_plan")]));

    private static TurnContext Turn(string channelId, string? locale = "en-US") =>
        new(new TestAdapter(channelId), new Activity(ActivityTypes.Message, channelId: channelId, locale: locale, text: "hi"));

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("terminal")]
    [InlineData("test")]
    public void Card_channels_get_an_adaptive_card_with_the_lead_as_text(string channelId)
    {
        var activity = ReplyActivityFactory.Create(Turn(channelId), Result);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Best channel: DHL Express", activity.Text);
        var card = activity.Card();
        CardContractChecker.AssertValid(card);
        Assert.Equal("send_plan", (string?)card.SelectToken("actions[0].data.verb"));
        Assert.Null(activity.ChannelData);
    }

    [Fact]
    public void Slack_gets_block_kit_in_channel_data_and_no_attachment()
    {
        var activity = ReplyActivityFactory.Create(Turn("slack"), Result);

        Assert.Equal("Best channel: DHL Express", activity.Text);
        Assert.Empty(activity.Attachments);
        var blocks = (JArray)((JObject)activity.ChannelData)["blocks"]!;
        CardBlockKitChecker.AssertValid(blocks);
        Assert.Equal(["header", "section", "actions"], blocks.Select(block => (string?)block["type"]));
    }

    [Fact]
    public void Slack_notification_text_escapes_what_slack_would_parse()
    {
        var activity = ReplyActivityFactory.Create(Turn("slack"), Reply.Of(new HeadingBlock("DDP <or> DDU & why")));

        Assert.Equal("DDP &lt;or&gt; DDU &amp; why", activity.Text);
    }

    [Theory]
    [InlineData(false, "acceptingInput")]
    [InlineData(true, "expectingInput")]
    public void A_reply_that_asks_something_expects_input(bool asks, string inputHint)
    {
        var reply = asks ? Result.Append(ReplySamples.Choices(2)) : Result;

        Assert.Equal(inputHint, ReplyActivityFactory.Create(Turn("msteams"), reply).InputHint);
    }

    [Theory]
    [InlineData("telegram")]
    [InlineData("sms")]
    [InlineData(null)]
    public void Other_channels_get_the_whole_reply_as_markdown(string? channelId)
    {
        var activity = ReplyActivityFactory.Create(Turn(channelId!), Result);

        Assert.Empty(activity.Attachments);
        Assert.Equal(TextFormatTypes.Markdown, activity.TextFormat);
        Assert.Equal("**Best channel: DHL Express**\n\n- Days: 3–5\n\n- Send me the plan", activity.Text);
    }

    [Fact]
    public void Card_words_follow_the_activity_locale()
    {
        var activity = ReplyActivityFactory.Create(Turn("msteams", "zh-CN"), Reply.Of(ReplySamples.Buttons(8)));

        Assert.Equal("更多…", (string?)activity.Card().SelectToken("actions[5].title"));
    }

    [Fact]
    public async Task A_long_reply_goes_to_slack_as_several_valid_messages()
    {
        var cards = new CardCollectingMiddleware();
        var adapter = new TestAdapter("slack").Use(cards);
        var reply = new Reply([.. Enumerable.Range(1, 70).Select(i => (ReplyBlock)new HeadingBlock($"Step {i}"))]);

        await new TestFlow(adapter, (turn, ct) => turn.SendReplyAsync(reply, ct))
            .Send("plan")
            .AssertReply(activity => Assert.Equal("Step 1", ((IMessageActivity)activity).Text))
            .AssertReply(activity => Assert.Equal("Step 1 (2/2)", ((IMessageActivity)activity).Text))
            .StartTestAsync();

        Assert.Equal([50, 20], cards.BlockKitMessages.Select(blocks => blocks.Count));
        cards.AssertAllValid();
    }

    [Fact]
    public void A_choice_prompt_on_slack_has_buttons_whose_value_is_the_choose_data()
    {
        var prompt = (Activity)MessageFactory.Text("Where do you want to sell?", inputHint: InputHints.ExpectingInput);

        var activity = ChoiceCard.Attach(Turn("slack"), prompt, [("Amazon", "amazon"), ("eBay", "ebay")]);

        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        var buttons = ((JObject)activity.ChannelData).SelectToken("blocks[1].elements")!;
        Assert.Equal(["Amazon", "eBay"], buttons.Select(b => (string?)b.SelectToken("text.text")));
        Assert.Equal("{\"verb\":\"choose\",\"value\":\"ebay\"}", (string?)buttons[1]!["value"]);
    }

    [Fact]
    public async Task The_slack_button_data_answers_the_choice_prompt()
    {
        var options = PromptOptions.FromText("Where?", choices: [new Choice("amazon", "Amazon"), new Choice("ebay", "eBay")]);
        var slackButton = ((JObject)ChoiceCard.Attach(Turn("slack"), (Activity)MessageFactory.Text("Where?"), [("Amazon", "amazon"), ("eBay", "ebay")]).ChannelData)
            .SelectToken("blocks[1].elements[1].value")!;

        var reply = await DialogPromptProbe.AnswerAsync(new ChoicePrompt("choice"), adapter =>
        {
            var click = adapter.MakeActivity();
            click.Value = JObject.Parse((string)slackButton!);
            return click;
        }, options);

        Assert.Equal("got: ebay #2", reply);
    }

    [Fact]
    public void A_choice_prompt_on_a_text_channel_numbers_the_choices()
    {
        var activity = ChoiceCard.Attach(Turn("sms"), (Activity)MessageFactory.Text("是否有品牌？"), [("是", "yes"), ("否", "no")]);

        Assert.Equal("是否有品牌？\n\n1. 是\n2. 否", activity.Text);
        Assert.Empty(activity.Attachments);
    }

    [Fact]
    public void The_terminal_gets_every_choice_of_a_long_list_as_a_numbered_button()
    {
        var activity = ReplyActivityFactory.Create(Turn("terminal"), Reply.Of(ReplySamples.Choices(30)));
        var card = activity.Card();
        var actions = new List<TerminalAction>();

        TerminalReplyRenderer.Render(RenderedReplies.Of(activity)!, TurnLanguage.Of(activity), actions);

        CardContractChecker.AssertValid(card);
        Assert.Null(card.SelectToken("$..[?(@.type == 'Input.ChoiceSet')]"));
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Market {i}"), actions.Select(action => action.Title));
        Assert.Equal("market_12", (string?)actions[11].SubmitData!["value"]);
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("webchat", true)]
    [InlineData("slack", true)]
    [InlineData("terminal", false)]
    [InlineData("sms", false)]
    public void Forms_are_offered_only_where_they_can_be_filled_in(string channelId, bool supported) =>
        Assert.Equal(supported, ReplyChannels.SupportsForms(channelId));
}
