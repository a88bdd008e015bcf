using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// What a question asks FOR, not which topic it names. "which online shops should we be on?", "上架到哪些网上商城好"
/// ask for a choice of where to sell: the platform guide, though they say "shops" or "商城" rather than "platform". "we
/// already run our own site for Japan, what should we be careful about?", "已经定了做独立站卖法国，要注意哪些" ask for advice
/// on a path already chosen: a question, not the platform guide.
/// </summary>
public sealed class WhichSitesAndAdviceOnAChosenPathTests
{
    // The platform guide's questions, each as it is asked (an answer may well say "your own branded store").
    private const string PlatformQuestions = "Who will you sell to\\?|Which markets do you want|What do you sell\\?|monthly budget|selling experience does your team|your own brand\\?|您的客户是谁|您想卖到哪些市场|您卖什么产品|每月能在平台上投入|跨境销售经验|自己的品牌吗";

    [Theory]
    [InlineData("en-US", "we sell handmade soap to households in the us, which online shops should we be on?")]
    [InlineData("en-US", "what websites should i list my phone cases on for buyers in mexico?")]
    [InlineData("zh-CN", "我们做竹制餐具，想卖给澳洲的家庭，上架到哪些网上商城好")]
    [InlineData("zh-CN", "卖户外帐篷给德国人，挂哪几个网站比较好")]
    public async Task Asking_which_sites_to_sell_on_starts_the_platform_guide(string locale, string text)
    {
        using var user = new GuideSession(locale);
        var turn = await user.SayAsync(text);
        Assert.Matches(PlatformQuestions, turn.Text);
    }

    [Theory]
    [InlineData("en-US", "we already run our own shopify site for japan, what should we be careful about?")]
    [InlineData("en-US", "we've settled on an independent website selling lamps to the us - any pitfalls?")]
    [InlineData("zh-CN", "已经定了做独立站卖法国，要注意哪些")]
    [InlineData("zh-CN", "我们在宁波做家具，打算自己建站卖到英国，有什么需要留意的")]
    [InlineData("zh-CN", "我们在深圳做蓝牙耳机，想开个独立站卖到德国，要注意哪些")]
    [InlineData("en-US", "we make leather wallets in guangzhou and want to open our own webshop for france, what should we watch out for?")]
    public async Task Advice_on_a_path_already_chosen_is_a_question_not_the_platform_guide(string locale, string text)
    {
        using var user = new GuideSession(locale);
        var turn = await user.SayAsync(text);
        Assert.DoesNotMatch(PlatformQuestions, turn.Text);
    }
}
