using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Readiness answers a message states in passing ("we manufacture ourselves", "2年亚马逊经验", "没有商标") are taken
/// wherever they are typed: in the opening, beside another question's answer, and beside the form.
/// </summary>
public sealed class ReadinessStatedFactsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("we manufacture ourselves, so that's easy", "supply-small-batches", "yes")]
    [InlineData("we make everything in-house", "supply-small-batches", "yes")]
    [InlineData("we're a manufacturer with our own factory", "supply-small-batches", "yes")]
    [InlineData("我们是自己工厂生产的", "supply-small-batches", "yes")]
    [InlineData("自家工厂，源头货", "supply-small-batches", "yes")]
    [InlineData("2 years of selling on aliexpress", "digital-ecommerce-experience", "cross-border")]
    [InlineData("we have an amazon store since 2022", "digital-ecommerce-experience", "cross-border")]
    [InlineData("有2年亚马逊经验", "digital-ecommerce-experience", "cross-border")]
    [InlineData("做了三年多shopee", "digital-ecommerce-experience", "cross-border")]
    [InlineData("有淘宝店铺运营经验", "digital-ecommerce-experience", "domestic")]
    [InlineData("没有亚马逊经验", "digital-ecommerce-experience", "none")]
    [InlineData("no amazon experience at all", "digital-ecommerce-experience", "none")]
    public void A_fact_stated_in_passing_answers_its_question(string text, string question, string expected)
    {
        var read = Read(text, waiting: null);
        Assert.True(read.TryGetValue(question, out var answer), $"'{text}' answered nothing for {question}: {string.Join(", ", read)}");
        Assert.Equal(expected, answer);
    }

    [Theory]
    [InlineData("基本一样", "same-as-others")]
    [InlineData("pretty much the same", "same-as-others")]
    public void Plain_words_for_the_same_answer_the_differentiation_question(string text, string expected) =>
        Assert.Equal(expected, Read(text, waiting: "product-differentiation")["product-differentiation"]);

    [Fact]
    public async Task Facts_in_the_opening_are_noted_and_never_asked()
    {
        using var user = new GuideSession(locale: "zh-CN");
        var start = await user.SayAsync("帮我做个出海准备度评估，我们是自己工厂生产的，有2年亚马逊经验，没有商标");

        Assert.Contains("供应链 — 能", start.Text);
        Assert.Contains("数字化能力 — 已经在跨境平台销售", start.Text);
        Assert.Contains("品牌与知识产权 — 没有商标", start.Text);
    }

    [Fact]
    public async Task Facts_typed_beside_the_form_are_noted_and_filled_into_it()
    {
        using var user = new GuideSession(channelId: "webchat");
        await user.SayAsync("run the readiness check");

        var turn = await user.SayAsync("we manufacture ourselves and have 2 yrs on amazon, no trademark");

        Assert.Contains("Supply chain — Yes", turn.Text);
        Assert.Contains("Digital skills — We already sell on cross-border platforms", turn.Text);
        Assert.Contains("Brand and IP — No trademark", turn.Text);
        var filled = turn.Replies.SelectMany(BotReplies.Cards)
            .SelectMany(card => card.SelectTokens("$..body[?(@.id == 'supply-small-batches')].value")).Select(v => v.ToString());
        Assert.Contains("yes", filled);
    }

    private static Dictionary<string, string> Read(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
