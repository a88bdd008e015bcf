using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Schema;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>The welcome, the main menu and the interruptions, through the real bot and the official TestFlow.</summary>
public sealed class MainMenuConversationTests : IDisposable
{
    private static readonly string[] EnglishMenu =
        ["Check my readiness to sell abroad", "Choose platforms", "Choose logistics", "Fix an issue", "Ask a question"];

    private readonly BotTestHost _host = new();

    [Fact]
    public Task Welcome_comes_once_with_the_menu_even_when_the_channel_announces_members_twice() =>
        _host.Flow()
            .SendConversationUpdate()
            .AssertReply(reply => Assert.Equal(BotText.English.Welcome, reply.AsMessageActivity().Text))
            .AssertReply(IsEnglishMenu)
            .SendConversationUpdate()
            .AssertNoReply()
            .StartTestAsync();

    [Theory]
    [InlineData("hi")]
    [InlineData("hello there")]
    public Task A_greeting_shows_the_menu(string greeting) =>
        _host.Flow().Send(greeting).AssertReply(IsEnglishMenu).StartTestAsync();

    [Fact]
    public Task A_chinese_greeting_gets_the_chinese_menu() =>
        _host.Flow()
            .Send("你好")
            .AssertReply(reply => Assert.Equal(["评估出海准备度", "选择平台", "选择物流", "解决问题", "提一个问题"], BotReplies.ButtonTitles(reply)))
            .StartTestAsync();

    [Fact]
    public Task A_wrong_answer_to_the_menu_gets_the_choices_with_an_example_and_the_menu_again() =>
        _host.Flow()
            .Send("hi").AssertReply(IsEnglishMenu)
            .Send("bananas").AssertReply(IsMissWithChoices).AssertReply(IsEnglishMenu)
            .StartTestAsync();

    [Fact]
    public Task Unusable_answers_never_end_the_menu_and_after_three_it_says_how_to_leave() =>
        _host.Flow()
            .Send("hi").AssertReply(IsEnglishMenu)
            .Send("bananas").AssertReply(IsMissWithChoices).AssertReply(IsEnglishMenu)
            .Send("apples").AssertReply(IsMissWithChoices).AssertReply(IsEnglishMenu)
            .Send("pears").AssertReply("We'll stay on this question; say \"cancel\" if you'd rather leave this guide.").AssertReply(IsMissWithChoices).AssertReply(IsEnglishMenu)
            .Send("2").AssertReply(PlatformGuideText.English.Intro)
            .StartTestAsync();

    private static void IsMissWithChoices(IActivity reply)
    {
        var text = reply.AsMessageActivity().Text;
        Assert.StartsWith("Sorry, I didn't understand that answer. You can answer with one of: Check my readiness to sell abroad; Choose platforms;", text);
        Assert.EndsWith("For example \"Choose platforms\" or \"2\".", text);
    }

    [Fact]
    public Task Help_at_the_menu_explains_and_asks_again() =>
        _host.Flow()
            .Send("hi").AssertReply(IsEnglishMenu)
            .Send("help").AssertReply(BotText.English.Help).AssertReply(IsEnglishMenu)
            .Send("帮助").AssertReply(BotText.Chinese.Help).AssertReply(reply => Assert.Contains("选择物流", BotReplies.ButtonTitles(reply)))
            .StartTestAsync();

    [Fact]
    public Task Back_with_nothing_before_says_so_and_keeps_the_question() =>
        _host.Flow()
            .Send("hi").AssertReply(IsEnglishMenu)
            .Send("back").AssertReply(BotText.English.NothingToGoBack).AssertReply(IsEnglishMenu)
            .StartTestAsync();

    [Fact]
    public Task A_card_click_on_the_menu_is_taken_as_the_answer()
    {
        var adapter = _host.Adapter();
        IActivity? menu = null;
        return _host.Flow(adapter)
            .Send("hi").AssertReply(reply => menu = reply)
            .Click(adapter, _host.Bot, () => menu!, "Choose platforms")
            .AssertReply(PlatformGuideText.English.Intro)
            .AssertReply(reply => Assert.Contains("B2C — consumers", BotReplies.ButtonTitles(reply)))
            .StartTestAsync();
    }

    [Fact]
    public Task Messages_over_the_limit_are_refused_politely() =>
        _host.Flow()
            .Send(new string('x', ConversationRouter.MaxTextLength + 1))
            .AssertReply(reply => Assert.StartsWith("That message is too long for me (4001 characters; the limit is 4000)", reply.AsMessageActivity().Text))
            .StartTestAsync();

    public void Dispose() => _host.Dispose();

    private static void IsEnglishMenu(IActivity reply)
    {
        Assert.Contains(BotText.English.MenuPrompt, BotReplies.VisibleText(reply));
        Assert.Equal(EnglishMenu, BotReplies.ButtonTitles(reply));
    }
}
