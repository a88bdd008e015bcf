using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Readiness facts in the seller's own words: people counted in parts are added up as full-time equivalents (a
/// part-timer counts half, as the question asks: "two full-timers and a part-timer" is 2.5); the people said to speak a
/// language are some of the team, not the team ("有一个会英语的客服" leaves the team size as it was); a marketplace and a
/// time ("a year on shopify", "天猫做了三年") is online experience of that marketplace's kind, and its time is no cash
/// cycle; months of stock as "a couple of months" or "压…的货"; "对了" (by the way) before a fact answers nothing itself;
/// certificates by marks the list lacked ("EN71 and CPC done", "LFGB … for the parts touching food"), "nothing else"
/// after a mark is some of them; "全部过一遍" checks everything.
/// </summary>
public sealed class ReadinessPeopleAndExperienceInOwnWordsTests
{
    private const string Staff = "team-cross-border-staff";
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("two full-timers and a part-timer", "2.5")]
    [InlineData("one full-time person and two students part time", "2")]
    [InlineData("两个全职加一个兼职", "2.5")]
    [InlineData("三个全职，外加一个兼职美工", "3.5")]
    [InlineData("三个半人吧，有一个兼职", "3.5")]
    [InlineData("一个全职一个兼职都只会英语", "1.5")]
    [InlineData("just me and my cousin, part time", "1.5")]
    public void People_counted_in_parts_are_added_up_as_full_time_equivalents(string text, string staff) =>
        Assert.Equal(staff, Read(text, Staff).GetValueOrDefault(Staff));

    [Theory]
    [InlineData("有一个会英语的客服")]
    [InlineData("one of us writes decent english")]
    [InlineData("two staff speak english and one german")]
    public void People_counted_by_the_language_they_speak_are_said_to_be(string text) =>
        Assert.True(ReadinessSlotReader.CountsLanguageSpeakers(text));

    [Theory]
    [InlineData("zh-CN", "帮我们评估出海准备度，团队三个人", "有一个会英语的客服", "团队与语言 — 3 人 →")]
    [InlineData("en-US", "assess our export readiness, 4 people on the team", "one of us writes decent english", "Team and language — 4 people →")]
    public async Task The_people_who_speak_a_language_never_change_a_known_team_size(string locale, string opening, string reply, string changed)
    {
        using var user = new CrossBorderBot.Tests.TestUtilities.GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(reply);

        Assert.DoesNotContain(changed, turn.Text);
    }

    [Theory]
    [InlineData("a year on shopify", "cross-border")]
    [InlineData("we've been on etsy for two years", "cross-border")]
    [InlineData("天猫做了三年", "domestic")]
    [InlineData("京东上卖了两年", "domestic")]
    public void A_marketplace_and_a_time_are_online_experience_not_a_cash_cycle(string text, string experience)
    {
        var read = Read(text, "digital-ecommerce-experience");
        Assert.Equal(experience, read.GetValueOrDefault("digital-ecommerce-experience"));
        Assert.False(read.ContainsKey("capital-cash-cycle"), $"cash cycle read from '{text}'");
    }

    [Theory]
    [InlineData("对了，我们跨境这块就两个人在做", "compliance-tax-registration")]
    [InlineData("btw, 3 of us handle the online side", "compliance-tax-registration")]
    public void A_lead_in_like_by_the_way_answers_nothing_at_the_waiting_question(string text, string waiting)
    {
        var read = Read(text, waiting);
        Assert.False(read.ContainsKey(waiting), $"{waiting} read as {read.GetValueOrDefault(waiting)}");
        Assert.True(read.ContainsKey(Staff), "the team size is read");
    }

    [Theory]
    [InlineData("couple of months at most", "1-3-months")]
    [InlineData("we could carry stock for a couple of months", "1-3-months")]
    [InlineData("能压两个月的货", "1-3-months")]
    public void Months_of_stock_in_own_words(string text, string bucket) =>
        Assert.Equal(bucket, Read(text, "capital-cash-cycle").GetValueOrDefault("capital-cash-cycle"));

    [Theory]
    [InlineData("EN71 and CPC done", "compliance-certifications", "all")]
    [InlineData("LFGB and FDA for the parts touching food", "compliance-certifications", "some")]
    [InlineData("FDA food-contact tests for the mugs, nothing else", "compliance-certifications", "some")]
    [InlineData("出货前工厂质检员全部过一遍", "product-quality-control", "systematic")]
    public void Certificates_by_their_marks_and_checks_of_everything_in_own_words(string text, string question, string answer) =>
        Assert.Equal(answer, Read(text, question).GetValueOrDefault(question));

    // Twenty-ninth pass: answers in own words the vocabulary lacked — a couple or siblings counted as two people, the seller
    // alone said in the opening, a hedged yes, a registration or licence held (some certification), not knowing which
    // certificates are needed, own designs with a word between, an improvement made, the tax registrations said done.
    [Theory]
    [InlineData("两口子一起弄", Staff, "2", "team-cross-border-staff")]
    [InlineData("我和我表姐", Staff, "2", "team-cross-border-staff")]
    [InlineData("we're a husband and wife business", Staff, "2", "team-cross-border-staff")]
    [InlineData("mostly yes, if the order is not tiny", "supply-small-batches", "yes", "supply-small-batches")]
    [InlineData("depends on the season, generally yes", "supply-small-batches", "yes", "supply-small-batches")]
    [InlineData("要看订单，通常可以", "supply-small-batches", "yes", "supply-small-batches")]
    [InlineData("we obtained an export licence last year", "compliance-certifications", "some", "compliance-certifications")]
    [InlineData("拿到了出口备案", "compliance-certifications", "some", "compliance-certifications")]
    [InlineData("no clue what applies to us", "compliance-certifications", "unknown", "compliance-certifications")]
    [InlineData("搞不清要什么证", "compliance-certifications", "unknown", "compliance-certifications")]
    [InlineData("our own hand-painted patterns", "product-differentiation", "unique", "product-differentiation")]
    [InlineData("图案都是自己画的", "product-differentiation", "unique", "product-differentiation")]
    [InlineData("we redesigned the handle", "product-differentiation", "unique", "product-differentiation")]
    [InlineData("几个型号做了优化", "product-differentiation", "some", "product-differentiation")]
    [InlineData("注册了VAT", "compliance-tax-registration", "yes", "compliance-tax-registration")]
    public void Answers_in_own_words_are_read_at_their_question(string text, string question, string answer, string waiting) =>
        Assert.Equal(answer, Read(text, waiting).GetValueOrDefault(question));

    [Theory]
    [InlineData("one-woman shop here, can you check if i'm ready to export", "1")]
    [InlineData("我们是夫妻店，想看看能不能做跨境", "2")]
    public void The_team_said_in_an_opening_is_its_size(string text, string staff) =>
        Assert.Equal(staff, Read(text, null).GetValueOrDefault(Staff));

    [Theory]
    [InlineData("actually just 2 now, one of them quit", "team-foreign-language", "2")]
    [InlineData("其实现在是五个，新招了一个", "capital-monthly-budget", "5")]
    public void A_team_size_corrected_while_another_question_waits_is_read(string text, string waiting, string staff) =>
        Assert.Equal(staff, Read(text, waiting).GetValueOrDefault(Staff));

    [Theory]
    [InlineData("we speak english and german fluently", "fluent")]
    public void English_and_another_language_spoken_well_is_fluent(string text, string answer) =>
        Assert.Equal(answer, Read(text, null).GetValueOrDefault("team-foreign-language"));

    private static Dictionary<string, string> Read(string text, string? waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
