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

    [Theory]
    [InlineData("外贸部一共四个人", "4")]
    [InlineData("我们就两个业务员，英语都还行", "2")]
    public void People_counted_at_the_small_batch_question_are_the_team_not_a_run_of_goods(string text, string people)
    {
        var read = Read(text, waiting: "supply-small-batches");
        Assert.False(read.ContainsKey("supply-small-batches"), read.GetValueOrDefault("supply-small-batches"));
        Assert.Equal(people, read["team-cross-border-staff"]);
        Assert.Equal("yes", Read("起订两百个", waiting: "supply-small-batches")["supply-small-batches"]);
    }

    [Theory]
    [InlineData("有CE和LFGB检测报告")]
    [InlineData("our lamps carry UL and FCC reports")]
    public void Certificates_named_at_the_quality_question_answer_the_certificates_question(string text)
    {
        var read = Read(text, waiting: "product-quality-control");
        Assert.False(read.ContainsKey("product-quality-control"), read.GetValueOrDefault("product-quality-control"));
        Assert.True(read.ContainsKey("compliance-certifications"));
    }

    [Fact]
    public void How_often_alone_at_the_data_question_says_how_often_data_is_used()
    {
        Assert.Equal("regularly", Read("定期", waiting: "digital-data-marketing")["digital-data-marketing"]);
        Assert.Equal("regularly", Read("every week, more or less", waiting: "digital-data-marketing")["digital-data-marketing"]);
    }

    [Theory]
    [InlineData("we have around 30,000 rmb for it", "capital-cash-cycle")]
    [InlineData("一千块左右", "supply-lead-time")]
    public void Money_at_a_question_of_days_people_or_months_is_the_budget(string text, string waiting)
    {
        var read = Read(text, waiting);
        Assert.True(read.ContainsKey("capital-monthly-budget"));
        Assert.False(read.ContainsKey(waiting), read.GetValueOrDefault(waiting));
    }

    [Fact]
    public void One_person_named_by_the_role_answers_the_staff_question() =>
        Assert.Equal("1", Read("就一个外贸员", waiting: "team-cross-border-staff")["team-cross-border-staff"]);

    [Theory]
    [InlineData("有，国内注册的", "china-only")]
    [InlineData("yes, just in china", "china-only")]
    [InlineData("有商标，在中国注册的", "china-only")]
    [InlineData("yes", "target-markets")]
    public void A_yes_made_exact_by_where_the_trademark_is_registered(string text, string expected) =>
        Assert.Equal(expected, Read(text, waiting: "brand-trademark")["brand-trademark"]);

    [Fact]
    public void Only_domestic_platforms_is_domestic_experience() =>
        Assert.Equal("domestic", Read("只做过国内平台", waiting: "digital-ecommerce-experience")["digital-ecommerce-experience"]);

    private static Dictionary<string, string> Read(string text, string? waiting) =>
        Reader.Read(text, Recognizer.Value.Understand(text, "en-US").Entities, waiting).Read;
}
