using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The guides' readings added in the twenty-seventh pass, one kind of the twenty-fifth part's roots each, on wording of
/// their own (written before they were run, none from a dev or held-out set): a readiness reply no words placed takes its
/// best guess from how it leans — a negation with the topic's own verb or a count (A1), a word of only a little or of
/// sameness (A2), a mark named instead of yes/some (A3); a message about another question's topic answers that question
/// (E2); the result asked for in a family of own words (B); where to begin after the readiness result (E1).
/// </summary>
public sealed class GuideReadingsOfTheTwentySeventhPassTests
{
    private const string Differentiation = "product-differentiation";
    private const string Quality = "product-quality-control";
    private const string Certificates = "compliance-certifications";
    private const string TaxRegistration = "compliance-tax-registration";
    private const string SmallBatches = "supply-small-batches";

    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = new(CrossBorderRecognizer.CreateDefault);

    // ---- A1 a negation with the topic's own verb or a count ----

    [Theory]
    [InlineData("我们从来没送检过")]
    [InlineData("haven't had a single product tested")]
    [InlineData("never bothered getting certified")]
    [InlineData("检测那些一次都没做")]
    [InlineData("we didn't go through any testing labs")]
    public void Certificates_denied_with_their_own_verb_are_the_questions_negative_said_as_assumed(string text) =>
        AssertGuess(text, Certificates, "unknown");

    [Theory]
    [InlineData("俩都没去登记")]
    [InlineData("didn't sign up for either")]
    [InlineData("哪个都没申请过")]
    [InlineData("never filed for any of it")]
    [InlineData("这几个号我们一个都没拿")]
    public void Registrations_denied_with_their_own_verb_or_a_count_are_no_said_as_assumed(string text) =>
        AssertGuess(text, TaxRegistration, "no");

    // ---- A2 a word of only a little, or sameness said with a negation ----

    [Theory]
    [InlineData("跟别家没多大区别")]
    [InlineData("nothing that sets us apart")]
    [InlineData("没有什么独到的地方")]
    [InlineData("no real edge over the others")]
    [InlineData("说不上有啥特色")]
    public void Sameness_said_with_a_negation_is_the_bottom_of_the_scale(string text) =>
        AssertGuess(text, Differentiation, "same-as-others");

    [Theory]
    [InlineData("差别不是特别大，也就包装换了换", Differentiation)]
    [InlineData("we rarely open the cartons", Quality)]
    [InlineData("很少去查", Quality)]
    [InlineData("barely check them to be honest", Quality)]
    [InlineData("不怎么查货", Quality)]
    public void A_word_of_only_a_little_is_the_middle_of_the_scale(string text, string question)
    {
        var read = Reader.Read(text, Entities(text), question).Read;
        Assert.NotNull(read.GetValueOrDefault(question));
        Assert.NotEqual("unique", read[question]);
        Assert.NotEqual("systematic", read[question]);
    }

    [Fact]
    public void A_guess_is_said_back_as_assumed()
    {
        var (read, defaults) = Reader.Read("BIS on the chargers", Entities("BIS on the chargers"), Certificates);
        Assert.Equal("some", read[Certificates]);
        Assert.Contains(Certificates, defaults);
    }

    // ---- A3 marks named instead of yes or some ----

    [Theory]
    [InlineData("EN71 for the plush toys")]
    [InlineData("just the FCC ID on our speakers")]
    [InlineData("BIS on the chargers")]
    [InlineData("RoHS报告")]
    [InlineData("GS mark on the drills")]
    public void A_mark_named_at_the_certificates_question_is_at_least_some(string text) =>
        AssertGuess(text, Certificates, "some");

    [Theory]
    [InlineData("看情况吧")]
    [InlineData("depends on the day")]
    [InlineData("what kind of certs count here?")]
    public void A_reply_leaning_nowhere_or_asking_takes_no_guess(string text) =>
        Assert.Empty(Reader.Read(text, Entities(text), Differentiation).Read);

    // ---- E2 an earlier answer named by its topic at a later question ----

    [Theory]
    [InlineData("oh and about certs: the heaters do carry CE")]
    [InlineData("回到认证那个问题，其实我们有FCC")]
    [InlineData("going back to certification, we got UKCA last month")]
    [InlineData("认证那块我刚才说错了，有CE")]
    [InlineData("re the certificates, EN71 is done for the dolls")]
    public void A_message_about_another_questions_topic_answers_that_question(string text)
    {
        var read = Reader.Read(text, Entities(text), SmallBatches).Read;
        Assert.True(read.ContainsKey(Certificates), string.Join(", ", read));
        Assert.False(read.ContainsKey(SmallBatches));
    }

    // ---- B the result asked for in own words ----

    [Theory]
    [InlineData("alright, that's enough. score?")]
    [InlineData("ok stop here, give me my rating")]
    [InlineData("先这样吧，看看评分")]
    [InlineData("不答了，给个结果")]
    [InlineData("let me see the result now")]
    [InlineData("就问到这，出分吧")]
    [InlineData("so far so good, rating?")]
    [InlineData("好了好了，结果给我看看")]
    public void The_result_asked_for_in_own_words_is_asked_now(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text));

    [Theory]
    [InlineData("we have the test results from SGS")]
    [InlineData("检测结果还没出来")]
    [InlineData("the score of our shop reviews is 4.8")]
    [InlineData("is the score out of 100?")]
    [InlineData("what result did other sellers like us get?")]
    [InlineData("给我看看评分标准是什么")]
    public void A_result_word_in_an_answer_asks_for_no_result(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text));

    // ---- E1 where to begin after the readiness result ----

    [Theory]
    [InlineData("where would we even begin?")]
    [InlineData("what comes first for us")]
    [InlineData("我们该从哪儿着手")]
    [InlineData("先搞哪一块")]
    [InlineData("ok which area first?")]
    public void Where_to_begin_asks_what_to_fix_first(string text) =>
        Assert.Equal(ResultQuestion.FixFirst, ResultQuestions.Read(DialogIds.GuideReadiness, text));

    private static ReadinessSlotReader Reader => new(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default);

    private static MessageEntities Entities(string text) =>
        Recognizer.Value.Understand(text, text.Any(c => c >= 0x2E80) ? "zh-CN" : "en-US").Entities;

    private static void AssertGuess(string text, string question, string expected) =>
        Assert.Equal(expected, Reader.Read(text, Entities(text), question).Read.GetValueOrDefault(question));
}
