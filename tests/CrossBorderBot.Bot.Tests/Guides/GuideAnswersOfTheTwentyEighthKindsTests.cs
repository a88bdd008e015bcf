using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Answers in own words of the kinds the twenty-eighth part holds, read by the guides' readers in new wording: a relative
/// alone as the team, custom work said to be slow, a domestic platform named alone, "什么证都没有", the factory doing the
/// checks, a certificate for some models, an improvement that is no certificate, a licence beside "生产" that is no lead
/// time; and a peso for a parcel to the Philippines.
/// </summary>
public sealed class GuideAnswersOfTheTwentyEighthKindsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("only my nephew, part time", "team-cross-border-staff", "0.5")]
    [InlineData("就我老婆一个人", "team-cross-border-staff", "1")]
    [InlineData("we mostly sell stock, customisation is really slow", "supply-small-batches", "no")]
    [InlineData("定制比较麻烦", "supply-small-batches", "no")]
    [InlineData("只在拼多多", "digital-ecommerce-experience", "domestic")]
    [InlineData("啥认证也没有", "compliance-certifications", "unknown")]
    [InlineData("平时不怎么检查", "product-quality-control", "none")]
    [InlineData("the supplier handles the QC", "product-quality-control", "none")]
    [InlineData("BIFMA on the office range", "compliance-certifications", "some")]
    [InlineData("recipes passed down from my grandfather", "product-differentiation", "unique")]
    public void An_answer_in_own_words_is_taken_at_its_question(string text, string question, string expected) =>
        Assert.Equal(expected, Read(text, question).GetValueOrDefault(question));

    [Theory]
    [InlineData("少数型号做了升级", "product-differentiation", "compliance-certifications")]
    [InlineData("有食品生产许可证", "compliance-certifications", "supply-lead-time")]
    public void An_answer_is_not_taken_for_another_question(string text, string question, string other)
    {
        var read = Read(text, question);
        Assert.False(read.ContainsKey(other), $"{other} read as {read.GetValueOrDefault(other)} from '{text}'");
        Assert.True(read.ContainsKey(question), $"'{text}' not read at {question}");
    }

    [Theory]
    [InlineData("furniture factory in foshan, around 60 workers, can we sell online abroad?")]
    [InlineData("我们是箱包工厂，有一百多个员工，想做跨境")]
    public void A_factory_headcount_in_the_opening_is_no_cross_border_team(string text) =>
        Assert.False(Read(text, null).ContainsKey("team-cross-border-staff"));

    [Fact]
    public void A_cross_border_team_counted_in_the_opening_is_still_read() =>
        Assert.Equal("6", Read("灯具厂，跨境团队6个员工，想评估一下", null).GetValueOrDefault("team-cross-border-staff"));

    [Theory]
    [InlineData("MXN", "about 3000 pesos", "ph", "PHP")]
    [InlineData("MXN", "大概八千比索", "ph", "PHP")]
    [InlineData("MXN", "3000 mexican pesos", "ph", null)]
    [InlineData("MXN", "3000 pesos", "mx", null)]
    [InlineData("USD", "200 dollars", "au", null)]
    public void A_currency_name_several_countries_share_follows_the_destination(string currency, string said, string destination, string? expected) =>
        Assert.Equal(expected, new PlaceCurrency(Kb.Value).Follow(currency, said, destination));

    private static Dictionary<string, string> Read(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
