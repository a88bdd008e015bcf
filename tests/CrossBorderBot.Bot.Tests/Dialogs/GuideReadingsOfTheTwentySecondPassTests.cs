using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Language;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// The guides' readings added in the twenty-second pass, from the kinds of the twentieth part's misses: answers to the
/// readiness and platform questions in own words, don't-know with filler or its topic before a dash, a plain yes that
/// answers only the question asked, goods named in a platform request in more shapes, a box named before its three
/// sides, loose lengths of time, the difference to the result before, prevention asked at a playbook step, places added
/// rather than replaced, the result asked for early, and amounts changed by a factor.
/// </summary>
public sealed class GuideReadingsOfTheTwentySecondPassTests
{
    private const string Differentiation = "product-differentiation";
    private const string Quality = "product-quality-control";
    private const string Language = "team-foreign-language";
    private const string SmallBatches = "supply-small-batches";
    private const string TaxRegistration = "compliance-tax-registration";
    private const string Trademark = "brand-trademark";
    private const string OnlineExperience = "digital-ecommerce-experience";

    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("跟同行差别不大，只是包装不一样", "some")]
    [InlineData("same mugs as everyone else, only the label is different", "some")]
    [InlineData("跟别人差不多，就是花色多一些", "some")]
    [InlineData("有我们自己的外观设计", "unique")]
    [InlineData("外形都是自家的专利", "unique")]
    public void Differentiation_said_in_own_words_is_read(string text, string value) =>
        Assert.Equal(value, Readiness(text, Differentiation).GetValueOrDefault(Differentiation));

    [Theory]
    [InlineData("we look over every carton before it ships", "systematic")]
    [InlineData("每只出厂前都要测一下", "systematic")]
    [InlineData("抽几件看看", "spot-checks")]
    public void Quality_checks_said_in_own_words_are_read(string text, string value) =>
        Assert.Equal(value, Readiness(text, Quality).GetValueOrDefault(Quality));

    [Fact]
    public void Checking_by_hand_is_no_small_batch_answer() =>
        Assert.False(Readiness("we look over every carton by hand", Quality).ContainsKey(SmallBatches));

    [Theory]
    [InlineData("可以，三十件起订")]
    [InlineData("能，小单也做")]
    public void A_plain_yes_answers_only_the_question_asked(string text)
    {
        var read = Readiness(text, SmallBatches);
        Assert.Equal("yes", read.GetValueOrDefault(SmallBatches));
        Assert.False(read.ContainsKey(Language), string.Join(", ", read));
    }

    [Theory]
    [InlineData("epr - no idea")]
    [InlineData("honestly no clue about all that")]
    [InlineData("vat and ioss - frankly not a clue")]
    [InlineData("tbh no idea about that part")]
    public void Dont_know_with_filler_or_a_topic_before_a_dash_is_a_dont_know(string text)
    {
        Assert.True(SlotVocabulary.Default.IsUnknown(text), text);
        Assert.Equal(SlotVocabulary.Default.DefaultOf("readiness." + TaxRegistration), Readiness(text, TaxRegistration).GetValueOrDefault(TaxRegistration));
    }

    [Theory]
    [InlineData("no brand yet, and we sold a little on etsy", "none", "cross-border")]
    [InlineData("商标还没注册，在亚马逊上卖过一阵", "none", "cross-border")]
    public void Brand_and_experience_typed_at_the_form_are_read(string text, string trademark, string experience)
    {
        var read = Readiness(text, waiting: null);
        Assert.Equal(trademark, read.GetValueOrDefault(Trademark));
        Assert.Equal(experience, read.GetValueOrDefault(OnlineExperience));
    }

    [Theory]
    [InlineData("exported through trade fairs for 12 years but never sold online", SellerExperience.None)]
    [InlineData("only offline, loads of trade shows", SellerExperience.None)]
    [InlineData("我们一点经验都没有", SellerExperience.None)]
    [InlineData("参加过很多展会，线上从来没做过", SellerExperience.None)]
    public void Experience_offline_only_or_none_at_all_is_none(string text, SellerExperience experience) =>
        Assert.Equal(experience, Platform(text, PlatformSlotReader.Experience).Read.Experience);

    // Said at another question (here the budget's): the brand said first is the answer, the pending trademark after it is not.
    [Theory]
    [InlineData("品牌有的，商标还在申请")]
    [InlineData("brand yes, the trademark is still pending")]
    public void A_brand_said_to_exist_is_one_though_its_trademark_is_pending(string text) =>
        Assert.True(Platform(text, PlatformSlotReader.Budget).Read.OwnBrand);

    [Theory]
    [InlineData("a couple hundred bucks", 200, "USD")]
    [InlineData("几千块吧", 3000, "CNY")]
    [InlineData("few hundred I guess", 300, null)]
    public void A_budget_said_by_its_size_only_is_a_round_figure_of_that_size(string text, int amount, string? currency)
    {
        var read = Platform(text, PlatformSlotReader.Budget).Read;
        Assert.Equal(amount, read.BudgetAmount);
        Assert.Equal(currency, read.BudgetCurrency);
    }

    [Theory]
    [InlineData("b2c pet bowls, mostly to the uk", "pet bowls")]
    [InlineData("need some platform advice for bamboo straws", "bamboo straws")]
    [InlineData("which site is good for selling paper lanterns to germany?", "paper lanterns")]
    [InlineData("we want to sell linen aprons in france", "linen aprons")]
    [InlineData("where should a little ceramics label like ours sell?", "ceramics")]
    [InlineData("any advice on which site for our brass door handles", "brass door handles")]
    [InlineData("有一批竹编篮子想卖去美国", "竹编篮子")]
    [InlineData("我们是做木质玩具的工厂，选什么平台", "木质玩具")]
    [InlineData("想把真丝围巾卖到法国", "真丝围巾")]
    public void Goods_named_in_a_platform_request_are_kept_as_said(string text, string goods) =>
        Assert.Equal(goods, UnlistedGoods.Named(text, atItsQuestion: false));

    [Theory]
    [InlineData("we're a small us company, which marketplace?")]
    [InlineData("selling online to consumers mostly")]
    [InlineData("有一批货要寄到德国")]
    public void No_goods_are_made_of_a_place_a_way_of_selling_or_goods_in_general(string text) =>
        Assert.Null(UnlistedGoods.Named(text, atItsQuestion: false));

    [Theory]
    [InlineData("箱子是50 40 30", 50, 40, 30)]
    [InlineData("box is 60 45 30 cm", 60, 45, 30)]
    public void A_box_named_before_its_three_bare_sides_is_its_size(string text, decimal length, decimal width, decimal height) =>
        Assert.Equal(new ParcelSizeAnswer(length, width, height), ParcelSizePrompt.Parse(text));

    [Theory]
    [InlineData("about a fortnight", 14)]
    [InlineData("一个来月", 30)]
    [InlineData("一个多月吧", 30)]
    public void Loose_lengths_of_time_are_read(string text, decimal days) =>
        Assert.Equal(days, SpokenDuration.MostDays(text));

    [Theory]
    [InlineData("and what's the difference in price?")]
    [InlineData("how much extra is it?")]
    [InlineData("so how much would I save?")]
    [InlineData("贵了多少钱")]
    [InlineData("比之前便宜多少")]
    public void The_difference_to_the_result_before_is_asked(string text) =>
        Assert.Equal(ResultQuestion.ComparedWithBefore, ResultQuestions.Read(DialogIds.GuideLogistics, text));

    [Theory]
    [InlineData("how can we prevent this next time?")]
    [InlineData("what do we do so it never happens again")]
    [InlineData("今后怎么避免这种情况")]
    [InlineData("怎么预防")]
    public void Prevention_asked_at_a_playbook_step_is_read(string text) =>
        Assert.Equal(ResultQuestion.Prevention, ResultQuestions.Read(DialogIds.GuideFixIssue, text));

    [Fact]
    public void Prevention_is_answered_from_the_playbook()
    {
        var playbook = Kb.Value.Playbooks.First(p => p.Prevention.Count > 0);
        var answer = PlaybookStepExplainer.Explain(ResultQuestion.Prevention, playbook, 0, BotLanguage.Chinese);
        Assert.NotNull(answer);
        Assert.Contains(playbook.Prevention[0].Get(BotLanguage.Chinese), answer);
    }

    [Theory]
    [InlineData("add italy to the list as well, not instead", true)]
    [InlineData("please include austria, keep germany", true)]
    [InlineData("西班牙也加进去", true)]
    [InlineData("italy instead", false)]
    public void A_place_added_keeps_the_ones_before(string text, bool added) =>
        Assert.Equal(added, AnotherPlaceAskedAbout.AlsoAsked(text));

    [Theory]
    [InlineData("问题就到这里，按目前的回答给我个结果")]
    [InlineData("I don't know the rest, just give me your pick")]
    [InlineData("先按现有的信息给我推荐")]
    public void The_result_asked_for_early_is_read(string text) =>
        Assert.True(ResultNowCues.AsksForTheResultNow(text));

    [Theory]
    [InlineData("what if it weighed half as much?", RelativeAmountReader.Weight, 0.5)]
    [InlineData("要是重量翻一番呢", RelativeAmountReader.Weight, 2)]
    [InlineData("what if we doubled the budget", RelativeAmountReader.Budget, 2)]
    public void An_amount_changed_by_a_factor_is_read(string text, string topic, double factor) =>
        Assert.Equal((decimal)factor, SlotVocabulary.Default.RelativeAmounts.Factor(text, topic));

    [Theory]
    [InlineData("please double-check the address", RelativeAmountReader.Weight)]
    [InlineData("half of them are returns", RelativeAmountReader.Weight)]
    public void A_factor_without_what_it_changes_changes_nothing(string text, string topic) =>
        Assert.Null(SlotVocabulary.Default.RelativeAmounts.Factor(text, topic));

    private static ReadinessSlotReader ReadinessReader() => new(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default);

    private static Dictionary<string, string> Readiness(string text, string? waiting) => ReadinessReader().Read(text, Entities(text), waiting).Read;

    private static (PlatformAnswers Read, HashSet<string> Defaults) Platform(string text, string waiting) =>
        new PlatformSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default).Read(text, Entities(text), waiting);

    private static MessageEntities Entities(string text) =>
        Recognizer.Value.Understand(text, LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US").Entities;
}
