using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Answers in own words of the kinds the twenty-ninth part holds, read by classes of words rather than phrases, in new
/// wording: a foreign language besides English and "just me" in any message (the opening too), a bound beside a number of
/// months, a few cartons opened, a registration said before its verb, a mark named with a part of the range; a status
/// update or an arrival notice as no full tracking, a business order as no returns, business buyers as B2B, the plan asked
/// for again; and a readiness question left unread that no longer holds the user back when they answer one further on.
/// </summary>
public sealed class GuideAnswersOfTheTwentyNinthKindsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("we're two, both write english and spanish, can we sell abroad?", "team-foreign-language", "fluent")]
    [InlineData("团队两个人，会说韩语，想做跨境", "team-foreign-language", "fluent")]
    [InlineData("candle shop, just me, want to sell overseas", "team-cross-border-staff", "1")]
    public void A_fact_in_the_opening_is_taken(string text, string question, string expected) =>
        Assert.Equal(expected, Read(text, null).GetValueOrDefault(question));

    [Theory]
    [InlineData("we sell to french and german buyers, are we ready?")]
    [InlineData("just me asking for my boss, are we ready to export?")]
    public void A_language_or_a_person_named_otherwise_is_no_answer(string text)
    {
        var read = Read(text, null);
        Assert.False(read.ContainsKey("team-foreign-language"), $"language read as {read.GetValueOrDefault("team-foreign-language")}");
        Assert.False(read.ContainsKey("team-cross-border-staff"), $"staff read as {read.GetValueOrDefault("team-cross-border-staff")}");
    }

    [Theory]
    [InlineData("under a month realistically", "capital-cash-cycle", "under-1-month")]
    [InlineData("we open two or three cartons per order", "product-quality-control", "spot-checks")]
    [InlineData("德国VAT办好了", "compliance-tax-registration", "yes")]
    [InlineData("E-mark for the headlights", "compliance-certifications", "some")]
    public void An_answer_in_own_words_is_taken_at_its_question(string text, string question, string expected) =>
        Assert.Equal(expected, Read(text, question).GetValueOrDefault(question));

    [Theory]
    [InlineData("tracking", "only simple status updates", "no")]
    [InlineData("tracking", "到货通知一声就行", "no")]
    [InlineData("tracking", "yes, full tracking", "yes")]
    [InlineData("returns", "it's a distributor order", "no")]
    [InlineData("returns", "进口商买断的", "no")]
    [InlineData("returns", "sure, returns are fine", "yes")]
    [InlineData("model", "looking for trade customers in europe", "B2B")]
    [InlineData("model", "想找海外的批发客户", "B2B")]
    [InlineData("follow-up", "could you repeat that plan", "send_plan")]
    [InlineData("follow-up", "把计划再贴一次", "send_plan")]
    public void A_reply_in_own_words_is_read_at_its_question(string slot, string text, string expected) =>
        Assert.Equal(expected, SlotVocabulary.Default.ReadAnswer(slot, text)?.Value);

    /// <summary>
    /// After a reply the small-batch question could not read, an answer about the team (two questions on) is where the user
    /// is: the guide asks the question after it, the small-batch and lead-time questions left for later.
    /// </summary>
    [Fact]
    public async Task After_a_miss_an_answer_further_on_moves_the_readiness_guide_on()
    {
        using var user = new GuideSession("en-US");
        await user.SayAsync("we make ceramic vases, how ready are we to sell cross-border?");
        await user.SayAsync("all our own designs");
        await user.SayAsync("third-party inspection on every order");
        await user.SayAsync("none yet");
        var smallBatches = await user.SayAsync("no");
        Assert.Contains("small batches", smallBatches.Text, StringComparison.OrdinalIgnoreCase);
        await user.SayAsync("blue");
        var next = await user.SayAsync("five people work on it");
        Assert.Contains("target market's language", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("small batches", next.Text, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> Read(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
