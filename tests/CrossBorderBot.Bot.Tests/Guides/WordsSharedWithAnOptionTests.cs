using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A reply in the seller's own words that no phrase places is placed by the option whose words it shares the most
/// (<see cref="SlotWordBags"/>: the option's phrases, the words inside its patterns and its "leans"), said back as assumed —
/// in every guide at a choice or yes/no question — and only when one option clearly leads; a reply sharing words with two
/// options about evenly, a question, or a reply with nothing in common with any option is not placed. Goods said by
/// examples ("…这些", "that kind of thing") are kept as said.
/// </summary>
public sealed class WordsSharedWithAnOptionTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("changes", "chang")]
    [InlineData("changed", "chang")]
    [InlineData("changing", "chang")]
    [InlineData("carries", "carry")]
    [InlineData("tooling", "tool")]
    [InlineData("designs", "design")]
    [InlineData("glass", "glass")]
    [InlineData("1688", "1688")]
    public void A_word_is_cut_to_its_stem(string word, string stem) => Assert.Equal(stem, SlotWordBags.Stem(word));

    [Fact]
    public void A_chinese_run_is_cut_into_two_character_pieces_and_short_english_words_are_left_out() =>
        Assert.Equal(["大路", "路货", "mold"], SlotWordBags.Pieces("大路货 we molds").ToList());

    [Theory]
    [InlineData(@"\b(?:tweaks?|changes?)\b", "tweaks", "changes")]
    [InlineData(@"(?:换|改)了?(?:包装|颜色)", "包装", "颜色")]
    public void A_pattern_gives_the_words_it_writes_out(string pattern, string first, string second)
    {
        var words = SlotWordBags.LiteralWords(pattern);
        Assert.Contains(first, words, StringComparison.Ordinal);
        Assert.Contains(second, words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\blike\s+everyone\b(?!\s+(?:but|except))", "except")]
    [InlineData(@"(?<![没无])有专利", "没")]
    [InlineData(@"(?<n>\d+)\s*days", "n")]
    public void A_pattern_gives_no_word_it_only_looks_around_for(string pattern, string absent) =>
        Assert.DoesNotContain(absent, SlotWordBags.LiteralWords(pattern).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("we rework bestsellers with new colours and better trims", "some")]
    [InlineData("tooling and firmware developed by our engineers", "unique")]
    [InlineData("the same stock every trading company in yiwu carries", "same-as-others")]
    [InlineData("用的是我们家的秘方", "unique")]
    [InlineData("模具自己开，固件自己写", "unique")]
    public void A_reply_at_the_differentiation_question_is_placed_by_the_option_it_shares_most_with(string reply, string expected)
    {
        var (read, defaults) = ReadReadiness(reply, "product-differentiation");
        Assert.Equal(expected, read.GetValueOrDefault("product-differentiation"));
        Assert.Contains("product-differentiation", defaults);
    }

    [Theory]
    [InlineData("thicker walls but similar otherwise")]
    [InlineData("what colours do others use?")]
    [InlineData("the weather is nice today")]
    public void A_reply_leaning_two_ways_asking_or_sharing_nothing_is_not_placed(string reply) =>
        Assert.False(ReadReadiness(reply, "product-differentiation").Read.ContainsKey("product-differentiation"));

    [Theory]
    [InlineData("a heads-up once it is delivered is plenty", false)]
    [InlineData("货送到了我知道就行", false)]
    [InlineData("the scans at each hub", true)]
    public void A_reply_at_the_tracking_question_is_placed_and_said_back_as_assumed(string reply, bool expected)
    {
        var (read, defaults) = ReadLogistics(reply, LogisticsSlotReader.Tracking);
        Assert.Equal(expected, read.NeedsTracking);
        Assert.Contains(LogisticsSlotReader.Tracking, defaults);
    }

    [Theory]
    [InlineData("slow is totally fine")]
    [InlineData("不急，慢点没关系")]
    public void A_reply_about_another_question_is_no_guess_at_the_one_waiting(string reply)
    {
        var (read, defaults) = ReadLogistics(reply, LogisticsSlotReader.Tracking);
        Assert.Null(read.NeedsTracking);
        Assert.DoesNotContain(LogisticsSlotReader.Tracking, defaults);
    }

    [Fact]
    public void A_guess_at_the_tracking_question_never_overrides_a_fact_of_another_question()
    {
        var (read, defaults) = ReadLogistics("delivered to a shop in lyon, 3 kg", LogisticsSlotReader.Tracking);
        Assert.Null(read.NeedsTracking);
        Assert.DoesNotContain(LogisticsSlotReader.Tracking, defaults);
    }

    [Theory]
    [InlineData("1688和微店上做", SellerExperience.None)]
    public void A_reply_at_the_platform_experience_question_is_placed_and_said_back_as_assumed(string reply, SellerExperience expected)
    {
        var reader = new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default);
        var (read, defaults) = reader.Read(reply, Understand(reply).Entities, PlatformSlotReader.Experience);
        Assert.Equal(expected, read.Experience);
        Assert.Contains(PlatformSlotReader.Experience, defaults);
    }

    [Theory]
    [InlineData("EN 1176 test reports")]
    [InlineData("CB那边出的报告")]
    public void A_report_or_certificate_named_at_the_certifications_question_is_some(string reply) =>
        Assert.Equal("some", ReadReadiness(reply, "compliance-certifications").Read.GetValueOrDefault("compliance-certifications"));

    [Theory]
    [InlineData("义乌饰品厂，耳环手链这些，想在网上卖给美国的个人", "耳环手链")]
    [InlineData("small studio in dali, candles, diffusers, that kind of thing, for shoppers in japan", "diffusers")]
    public void Goods_said_by_examples_are_kept_as_said(string text, string goods) =>
        Assert.Equal(goods, UnlistedGoods.Named(text, atItsQuestion: false));

    private static (Dictionary<string, string> Read, HashSet<string> Defaults) ReadReadiness(string text, string waiting) =>
        new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default).Read(text, Understand(text).Entities, waiting);

    private static (LogisticsAnswers Read, HashSet<string> Defaults) ReadLogistics(string text, string waiting) =>
        new LogisticsSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Understand(text).Entities, waiting);

    private static RecognizedMessage Understand(string text) =>
        Recognizer.Value.Understand(text, CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US");
}
