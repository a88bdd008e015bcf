using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The team and the money told in passing at another readiness question: "有两个会英语的业务员" gives the staff count and
/// the language; "回款大概两三个月" at the lead-time question is the cash cycle, not a lead time of 90 days.
/// </summary>
public sealed class ReadinessTeamAndCashTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("有两个会英语的业务员", "product-quality-control")]
    [InlineData("有两个会英语的业务员", "supply-lead-time")]
    [InlineData("two sales reps, they speak english", "product-quality-control")]
    public void Staff_said_with_their_role_answer_the_staff_and_language_questions(string text, string waiting)
    {
        var read = Read(text, waiting);
        Assert.Equal("2", read.GetValueOrDefault("team-cross-border-staff"));
        Assert.Equal("english-only", read.GetValueOrDefault("team-foreign-language"));
        Assert.False(read.ContainsKey(waiting), $"{waiting} read from '{text}'");
    }

    [Theory]
    [InlineData("回款大概两三个月")]
    [InlineData("cash comes back in about 2 months")]
    public void Months_said_about_money_at_the_lead_time_question_are_the_cash_cycle(string text)
    {
        var read = Read(text, "supply-lead-time");
        Assert.False(read.ContainsKey("supply-lead-time"), $"lead time read as {read.GetValueOrDefault("supply-lead-time")}");
        Assert.Equal("1-3-months", read.GetValueOrDefault("capital-cash-cycle"));
    }

    [Fact]
    public void Months_at_the_lead_time_question_are_still_its_answer() =>
        Assert.Equal("60", Read("about two months", "supply-lead-time").GetValueOrDefault("supply-lead-time"));

    [Theory]
    [InlineData("team-cross-border-staff", "2", "zh-CN", "团队与语言 — 2 人")]
    [InlineData("supply-lead-time", "20", "en-US", "Supply chain — 20 days")]
    public void A_number_answer_is_said_with_what_it_counts(string question, string answer, string locale, string said) =>
        Assert.Equal(said, new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Describe(question, answer, CrossBorderBot.Language.BotLanguage.Of(locale)));

    private static Dictionary<string, string> Read(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
