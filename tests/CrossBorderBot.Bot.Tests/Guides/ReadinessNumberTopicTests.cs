using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A number goes to the readiness question its words are about: at a number question, a number said with another
/// number question's unit or topic ("we could carry the stock for about 5 months" at the lead-time question, "production
/// takes about 15 days" at the staff question, "3 sales guys") answers that other question — the one waiting is asked
/// again, never given the number.
/// </summary>
public sealed class ReadinessNumberTopicTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("our cash could carry the stock for about 5 months", "supply-lead-time", "capital-cash-cycle", "3-6-months")]
    [InlineData("资金上能撑四个月左右", "supply-lead-time", "capital-cash-cycle", "3-6-months")]
    [InlineData("we have 3 sales guys who speak english", "supply-lead-time", "team-cross-border-staff", "3")]
    [InlineData("production takes about 15 days", "team-cross-border-staff", "supply-lead-time", "15")]
    [InlineData("生产大概要两三周", "team-cross-border-staff", "supply-lead-time", "21")]
    [InlineData("we can put in 5000 yuan a month", "team-cross-border-staff", "capital-monthly-budget", "5000")]
    public void A_number_about_another_question_answers_that_one_not_the_one_waiting(string text, string waiting, string question, string answer)
    {
        var read = Read(text, waiting);
        Assert.Equal(answer, read.GetValueOrDefault(question));
        Assert.False(read.ContainsKey(waiting), $"{waiting} read as {read.GetValueOrDefault(waiting)} from '{text}'");
    }

    [Theory]
    [InlineData("大概20天", "supply-lead-time", "20")]
    [InlineData("2-3 weeks", "supply-lead-time", "21")]
    [InlineData("两三周", "supply-lead-time", "21")]
    [InlineData("two weeks or so", "supply-lead-time", "14")]
    [InlineData("4 people", "team-cross-border-staff", "4")]
    public void A_number_with_the_waiting_questions_own_unit_answers_it(string text, string waiting, string answer) =>
        Assert.Equal(answer, Read(text, waiting).GetValueOrDefault(waiting));

    [Theory]
    [InlineData("en-US", new[] { "check our export readiness", "very different", "spot checks", "yes", "no", "yes" }, "we could fund stock for maybe 4 months", "How many days does it take")]
    [InlineData("zh-CN", new[] { "帮我们评估出海准备度", "差异很大", "抽检", "有", "没有", "可以" }, "钱的话能撑四个月", "从下生产订单到货物可发运")]
    public async Task At_the_lead_time_question_months_of_funding_are_noted_and_the_question_asked_again(string locale, string[] before, string reply, string again)
    {
        using var user = new GuideSession(locale);
        foreach (var message in before)
        {
            await user.SayAsync(message);
        }

        var turn = await user.SayAsync(reply);

        Assert.Contains(again, turn.Text);
        Assert.DoesNotMatch("How many people|有多少人负责", turn.Text);
    }

    private static Dictionary<string, string> Read(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
