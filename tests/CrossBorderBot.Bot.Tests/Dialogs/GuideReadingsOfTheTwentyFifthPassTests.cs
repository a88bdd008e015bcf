using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The guides' readings added in the twenty-fifth pass, from the kinds of the twenty-third part's misses and the lead's
/// findings, each on wording of its own: quality left to the supplier; styles like everyone's; marks held for one market
/// and not another; experience told by the channels used, by years on a cross-border channel, by a year since, or as
/// never online; a no opened by an acknowledgement or a hedge; the seller alone, or "俩", as the staff; a liquid told by
/// its volume or as a cream; a step told done in a bare "搞定"; prevention asked as what to change or watch next time;
/// the result asked for after a stop; the plan asked to be shown; a single character of another word that is no country.
/// </summary>
public sealed class GuideReadingsOfTheTwentyFifthPassTests
{
    private const string Differentiation = "product-differentiation";
    private const string Quality = "product-quality-control";
    private const string Certificates = "compliance-certifications";
    private const string TaxRegistration = "compliance-tax-registration";
    private const string Staff = "team-cross-border-staff";

    private static readonly Lazy<KnowledgeBase> Kb = new(() => new KnowledgeLoader().LoadDefault().KnowledgeBase);
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = new(CrossBorderRecognizer.CreateDefault);

    [Theory]
    [InlineData("honestly we just trust our vendors")]
    [InlineData("we leave the checking to the manufacturer")]
    [InlineData("全靠供应商自己负责，我们从来不验")]
    public void Quality_left_to_the_supplier_is_no_checks(string text) =>
        Assert.Equal("none", Readiness(text, Quality).GetValueOrDefault(Quality));

    [Theory]
    [InlineData("产品都很普通")]
    [InlineData("我们的款式比较大众")]
    public void Styles_said_to_be_plain_are_like_everyone_elses(string text) =>
        Assert.Equal("same-as-others", Readiness(text, Differentiation).GetValueOrDefault(Differentiation));

    [Theory]
    [InlineData("the UK line has its UKCA, the EU range has nothing yet")]
    [InlineData("日本那边的PSE测过，欧盟的还在弄")]
    public void Marks_held_for_one_market_and_not_another_are_some(string text) =>
        Assert.Equal("some", Readiness(text, Certificates).GetValueOrDefault(Certificates));

    [Theory]
    [InlineData("ok then no, we haven't registered anything")]
    [InlineData("right then nope, not registered")]
    public void A_no_opened_by_an_acknowledgement_is_a_no(string text) =>
        Assert.Equal("no", Readiness(text, TaxRegistration).GetValueOrDefault(TaxRegistration));

    // Read as a no before this pass too (a clause of its own before the no, or "那" as a lead-in): kept so.
    [Theory]
    [InlineData("alright, no, none of those")]
    [InlineData("那好吧，没有，都没办")]
    public void A_no_after_an_acknowledgement_in_a_clause_of_its_own_stays_a_no(string text) =>
        Assert.Equal("no", Readiness(text, TaxRegistration).GetValueOrDefault(TaxRegistration));

    [Theory]
    [InlineData("ok, sure")]
    [InlineData("好的，都办了")]
    public void An_acknowledgement_before_a_yes_is_still_no_no(string text) =>
        Assert.NotEqual("no", Readiness(text, TaxRegistration).GetValueOrDefault(TaxRegistration));

    [Theory]
    [InlineData("just me", "1")]
    [InlineData("就我自己", "1")]
    [InlineData("我们就俩人", "2")]
    [InlineData("仨人管这块", "3")]
    public void The_seller_alone_or_a_spoken_count_is_the_staff(string text, string staff) =>
        Assert.Equal(staff, Readiness(text, Staff).GetValueOrDefault(Staff));

    [Theory]
    [InlineData("mostly RFQs through global sources, plus the canton fair")]
    [InlineData("主要是中国制造网上接询盘")]
    public void Experience_told_by_the_channels_used_is_some(string text) =>
        Assert.Equal(SellerExperience.Some, Platform(text, PlatformSlotReader.Experience).Read.Experience);

    [Fact]
    public void Years_on_a_cross_border_channel_told_in_an_opening_are_experience() =>
        Assert.Equal(SellerExperience.Some, Platform("我们做Shopify独立站两年多了，卖台灯给德国的个人买家", waiting: null).Read.Experience);

    [Fact]
    public void Experience_told_as_a_year_since_at_its_question_is_some() =>
        Assert.Equal(SellerExperience.Some, Platform("we've had an etsy shop since 2023", PlatformSlotReader.Experience).Read.Experience);

    [Fact]
    public void Many_years_on_a_cross_border_channel_told_in_an_opening_are_experienced() =>
        Assert.Equal(SellerExperience.Experienced, Platform("我们做速卖通五年了，想再开个平台卖到法国", waiting: null).Read.Experience);

    [Theory]
    [InlineData("none online, just the wholesale market at home")]
    [InlineData("we only ever sold on taobao")]
    public void Never_online_or_only_a_domestic_site_is_no_experience(string text) =>
        Assert.Equal(SellerExperience.None, Platform(text, PlatformSlotReader.Experience).Read.Experience);

    [Theory]
    [InlineData("probably not, they're made to order")]
    [InlineData("maybe not, it's a gift")]
    public void A_hedged_no_at_the_returns_question_is_a_no(string text) =>
        Assert.False(Logistics(text, LogisticsSlotReader.Returns).NeedsReturns);

    [Theory]
    [InlineData("a jar of face cream")]
    [InlineData("three tubes of lip balm")]
    [InlineData("some sample bottles, 30ml each")]
    [InlineData("几支护手霜")]
    public void A_liquid_told_by_its_volume_or_as_a_cream_is_liquids(string text) =>
        Assert.Equal(ParcelGoods.Liquids, Logistics(text, LogisticsSlotReader.Goods).Goods);

    [Fact]
    public void Ice_cream_in_a_product_name_is_no_liquid() =>
        Assert.NotEqual(ParcelGoods.Liquids, Logistics("an ice cream scoop set", LogisticsSlotReader.Goods).Goods);

    [Theory]
    [InlineData("那个也搞定")]
    [InlineData("这一步弄完")]
    public void A_step_told_done_without_a_particle_is_done(string text) =>
        Assert.True(SlotVocabulary.Default.Agreement.SaysDone(text), text);

    [Theory]
    [InlineData("嗯，说的就是这件事")]
    [InlineData("对，就是这事")]
    public void The_problem_confirmed_as_this_matter_is_confirmed(string text) =>
        Assert.True(SlotVocabulary.Default.Agreement.Confirms(text), text);

    [Fact]
    public void A_step_not_yet_done_is_not_done() =>
        Assert.False(SlotVocabulary.Default.Agreement.SaysDone("还没搞定"));

    [Theory]
    [InlineData("what should we tweak so the returns don't climb again?")]
    [InlineData("how do we stop the rate sliding back up")]
    [InlineData("from now on, what do we check before a new listing?")]
    [InlineData("下回上架之前要注意啥")]
    [InlineData("以后怎么做才不会又被投诉")]
    public void Prevention_asked_as_what_to_change_or_watch_next_time_is_read(string text) =>
        Assert.Equal(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("what does this step cost us?")]
    [InlineData("这一步要多久")]
    public void A_question_about_the_step_itself_is_no_prevention(string text) =>
        Assert.NotEqual(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Theory]
    [InlineData("ok let's end the questions and see where we stand")]
    [InlineData("先这样吧，看看分数")]
    [InlineData("问到这就行了，出个结论")]
    public void The_result_asked_for_after_a_stop_is_read(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("结果会发邮件给我吗？")]
    [InlineData("where do we stand on the VAT question?")]
    public void A_question_naming_a_result_asks_for_no_result_now(string text) =>
        Assert.False(ResultNowCues.AsksForTheResultNow(text), text);

    [Theory]
    [InlineData("can you show me that plan")]
    [InlineData("pull up the plan please")]
    [InlineData("方案调出来看看")]
    public void The_plan_asked_to_be_shown_is_the_plan(string text) =>
        Assert.Equal(GuideFollowUpsDialog.SendPlanValue, SlotVocabulary.Default.ReadAnywhere("follow-up", text)?.Value);

    [Fact]
    public void A_single_character_of_another_word_is_no_country()
    {
        const string text = "我一个人做Shopify独立站，卖瑜伽裤给澳洲的个人买家";
        var places = new GuideLocationResolver(Kb.Value, Recognizer.Value).PlacesNamed(Entities(text), [], text);
        Assert.DoesNotContain("lt", places);
        Assert.Contains("au", places);
    }

    [Fact]
    public void Only_the_one_character_names_chinese_writes_for_places_stand_alone()
    {
        Assert.True(SlotVocabulary.Default.PlaceGroups.IsOneCharacterName("美"));
        Assert.False(SlotVocabulary.Default.PlaceGroups.IsOneCharacterName("立"));
    }

    [Theory]
    [InlineData("oops, i meant gbp, not dollars", "GBP")]
    [InlineData("sorry, that was euros", "EUR")]
    [InlineData("不对，是美元不是人民币", "USD")]
    public void The_currency_an_amount_was_meant_in_is_read(string text, string currency) =>
        Assert.Equal(currency, SlotVocabulary.Default.RelativeAmounts.CurrencyMeant(text, SlotVocabulary.Default.OpensWithACorrection));

    [Theory]
    [InlineData("do you take euros?")]
    [InlineData("sorry, 300 euros")]
    public void A_currency_named_without_a_correction_or_with_a_new_figure_is_no_currency_meant(string text) =>
        Assert.Null(SlotVocabulary.Default.RelativeAmounts.CurrencyMeant(text, SlotVocabulary.Default.OpensWithACorrection));

    private static Dictionary<string, string> Readiness(string text, string? waiting) =>
        new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static (PlatformAnswers Read, HashSet<string> Defaults) Platform(string text, string? waiting) =>
        new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting);

    private static LogisticsAnswers Logistics(string text, string? waiting) =>
        new LogisticsSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting).Read;

    private static MessageEntities Entities(string text) =>
        Recognizer.Value.Understand(text, LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
}
