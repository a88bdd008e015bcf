using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A readiness question answered by what people say about it rather than by its options: small batches by the smallest
/// run or order ("custom scents from 50 pieces", "最少二十个就能开工"; a large minimum is no), quality checks by who looks
/// at the goods ("老师傅自己看", "my partner eyeballs every order"), the language by the language someone speaks ("one guy
/// speaks good english", "有个同事会说日语", "英语都不太行"), data by the figures looked at and how often ("tmall dashboard
/// only", "we check etsy stats most days", "偶尔看看店铺后台"). Each only at its own question.
/// </summary>
public sealed class ReadinessAnswersOnTheirScaleTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    private static ReadinessSlotReader Reader => new(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default);

    [Theory]
    [InlineData("custom scents from 50 pieces", "yes")]
    [InlineData("we can run as few as 30 units", "yes")]
    [InlineData("small runs are fine, min 200 pcs", "yes")]
    [InlineData("起订一百件，可以做定制logo", "yes")]
    [InlineData("最少二十个就能开工", "yes")]
    [InlineData("几件起订也行", "yes")]
    [InlineData("moq is 5000 pieces per design", "no")]
    [InlineData("起订量一万个", "no")]
    public void Small_batches_by_the_smallest_run(string reply, string value) =>
        Assert.Equal(value, Answer(reply, "supply-small-batches"));

    [Theory]
    [InlineData("老师傅自己看")]
    [InlineData("发货前仓库会看一眼")]
    [InlineData("工厂质检员出货前会随机抽几件看")]
    [InlineData("my partner eyeballs the orders before they go out")]
    public void Quality_checked_by_someone_looking_is_at_least_spot_checks(string reply) =>
        Assert.Contains(Answer(reply, "product-quality-control"), new[] { "spot-checks", "systematic" });

    [Theory]
    [InlineData("one guy speaks good english", "english-only")]
    [InlineData("our designer chats with buyers in english", "english-only")]
    [InlineData("会点简单英语", "english-only")]
    [InlineData("有个同事会说日语", "fluent")]
    [InlineData("two staff speak english and one german", "fluent")]
    [InlineData("英语都不太行", "no")]
    public void The_language_by_the_language_someone_speaks(string reply, string value) =>
        Assert.Equal(value, Answer(reply, "team-foreign-language"));

    [Theory]
    [InlineData("we check etsy stats most days", "regularly")]
    [InlineData("每天都看生意参谋", "regularly")]
    [InlineData("we look at tmall analytics now and then", "sometimes")]
    [InlineData("偶尔看看店铺后台", "sometimes")]
    [InlineData("tmall dashboard only", "sometimes")]
    public void Data_by_the_figures_looked_at_and_how_often(string reply, string value) =>
        Assert.Equal(value, Answer(reply, "digital-data-marketing"));

    [Fact]
    public void A_run_or_a_language_said_at_another_question_answers_nothing_there()
    {
        var read = Read("custom scents from 50 pieces", waiting: "product-quality-control");
        Assert.False(read.ContainsKey("product-quality-control"));
    }

    private static string? Answer(string reply, string waiting) => Read(reply, waiting).GetValueOrDefault(waiting);

    private static Dictionary<string, string> Read(string text, string? waiting) =>
        Reader.Read(text, Recognizer.Value.Understand(text, LocaleOf(text)).Entities, waiting).Read;

    private static string LocaleOf(string text) => text.Any(c => c >= 0x4E00) ? "zh-CN" : "en-US";
}
