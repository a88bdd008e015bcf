using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The thirteenth pass's readings, one mechanism each: facts listed one per clause, a slip in a longer word at a prompt,
/// a topic asked for alone, groups of countries the knowledge base has no market for, the one filter of the categories
/// a message really names, a Chinese weight unit running into a product word, and questions about a market's limits.
/// </summary>
public sealed class ThirteenthPassReadingTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    private static LogisticsSlotReader Logistics => new(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), Vocabulary);

    [Theory]
    [InlineData("size", "send 700g of candles to italy, 40 eur, no dims, standard, tracking yes", "skip")]
    [InlineData("urgency", "send 700g of candles to italy, 40 eur, no dims, standard, tracking yes", "standard")]
    [InlineData("tracking", "send 700g of candles to italy, 40 eur, no dims, standard, tracking yes", "yes")]
    [InlineData("size", "1公斤T恤寄西班牙，货值20美元，没尺寸，标准时效，要追踪", "skip")]
    [InlineData("urgency", "1公斤T恤寄西班牙，货值20美元，没尺寸，标准时效，要追踪", "standard")]
    [InlineData("tracking", "1公斤T恤寄西班牙，货值20美元，没尺寸，标准时效，要追踪", "yes")]
    public void A_message_that_lists_its_facts_answers_each_question_in_its_own_clause(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere(slot, text)?.Value);

    [Theory]
    [InlineData("urgency", "standard")]
    [InlineData("urgency", "2 kg to italy standard")]
    [InlineData("tracking", "2 kg to italy, yes")]
    public void A_short_answer_outside_a_list_or_shared_by_every_question_answers_nothing_anywhere(string slot, string text) =>
        Assert.Null(Vocabulary.ReadAnywhere(slot, text));

    [Theory]
    [InlineData("model", "selling to other businesess", "B2B")]
    [InlineData("model", "we do consumer sales", "B2C")]
    [InlineData("tracking", "tracking pls", "yes")]
    [InlineData("returns", "退货就不做了", "no")]
    [InlineData("size", "尺寸没有", "skip")]
    [InlineData("brand", "we own a trademark", "yes")]
    [InlineData("experience", "在ebay上卖过一点", "some")]
    [InlineData("readiness.product-differentiation", "跟别人家的差不多", "same-as-others")]
    [InlineData("readiness.product-quality-control", "we pull a few units from every lot and test them", "systematic")]
    public void Replies_at_a_prompt_in_the_sellers_own_words_are_taken(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Fact]
    public void A_slip_is_mended_only_to_the_one_word_it_can_be() =>
        Assert.Null(Vocabulary.ReadAnswer("model", "selling to othre pepole"));

    [Theory]
    [InlineData("what's the cheapest way to ship 2kg of tea to the gulf?", "ae", "sa")]
    [InlineData("三公斤衣服要发海湾那几个国家", "ae", "sa")]
    [InlineData("cheapest shipping for three kilos of wool socks to scandinavia?", "se", "dk")]
    [InlineData("两公斤毛衣寄北欧", "se", "dk")]
    public void A_group_of_countries_with_no_market_of_its_own_is_its_countries_said_with_the_users_words(string text, string first, string second)
    {
        var (read, _) = Logistics.Read(text, Recognizer.Value.Understand(text, null).Entities, waitingSlot: null);
        Assert.Equal(first, read.Destination);
        Assert.Contains(second, read.OtherDestinations ?? []);
        Assert.DoesNotContain("tr", read.OtherDestinations ?? []);
        Assert.NotNull(read.DestinationWords);
    }

    [Theory]
    [InlineData("带锂电池的蓝牙耳机寄德国，200克", "electronics")]
    [InlineData("bluetooth earbuds that have a lithium battery, 150g, to france", "electronics")]
    [InlineData("mugs to canada, no batteries", "kitchen")]
    public void The_category_is_the_product_named_not_what_it_holds_or_what_is_denied(string text, string category)
    {
        var entities = Recognizer.Value.Understand(text, null).Entities;
        Assert.Equal(category, NamedCategories.Of(entities, text).Single().Id);
        Assert.Equal(category, Logistics.Read(text, entities, waitingSlot: null).Read.Category);
    }

    [Fact]
    public void A_chinese_weight_unit_may_run_straight_into_a_product_word() =>
        Assert.Equal(1m, Recognizer.Value.Understand("1公斤T恤寄西班牙", "zh-CN").Entities.Weights.Single().Kilograms);

    [Theory]
    [InlineData("whats the value limit per parcel?")]
    [InlineData("单个包裹货值限额是多少")]
    [InlineData("is there a duty free threshold")]
    public void A_question_about_a_markets_limit_means_the_guides_place(string question) =>
        Assert.True(GuideQuestionContext.MeansAPlace(question));

    [Fact]
    public void A_question_about_something_else_means_no_place() =>
        Assert.False(GuideQuestionContext.MeansAPlace("how do I measure the box?"));
}
