using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>The readiness guide reads every message for all its questions, with units, vocabulary and defaults.</summary>
public sealed class ReadinessSlotReaderTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    private static ReadinessSlotReader Reader => new(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default);

    [Fact]
    public void One_message_answers_several_questions_with_their_units()
    {
        var read = Read("we have 5 people on export and production takes 12 days, with a third-party inspection company checking goods", waiting: null);
        Assert.Equal("5", read["team-cross-border-staff"]);
        Assert.Equal("12", read["supply-lead-time"]);
        Assert.Equal("systematic", read["product-quality-control"]);
    }

    [Fact]
    public void People_counted_as_of_us_and_english_said_of_everyone_answer_their_questions()
    {
        var read = Read("readiness check - 4 of us handle export, everyone writes english", waiting: null);
        Assert.Equal("4", read["team-cross-border-staff"]);
        Assert.Equal("english-only", read["team-foreign-language"]);
        Assert.Equal("english-only", Read("a little english", waiting: "team-foreign-language")["team-foreign-language"]);
    }

    [Fact]
    public void Chinese_numbers_and_months_are_read_into_the_questions_buckets()
    {
        var read = Read("团队有三个人，资金能垫四个月", waiting: null);
        Assert.Equal("3", read["team-cross-border-staff"]);
        Assert.Equal("3-6-months", read["capital-cash-cycle"]);
    }

    [Fact]
    public void A_short_reply_counts_only_for_the_question_asked()
    {
        Assert.Empty(Read("sometimes", waiting: null));
        Assert.Equal("sometimes", Read("sometimes", waiting: "digital-data-marketing")["digital-data-marketing"]);
    }

    [Fact]
    public void Not_knowing_gives_the_questions_default_and_marks_it()
    {
        var (read, defaults) = Reader.Read("no idea", MessageEntities.None, "capital-monthly-budget");
        Assert.Equal("5000", read["capital-monthly-budget"]);
        Assert.Contains("capital-monthly-budget", defaults);
    }

    private static Dictionary<string, string> Read(string text, string? waiting) =>
        Reader.Read(text, Recognizer.Value.Understand(text, "en-US").Entities, waiting).Read;
}
