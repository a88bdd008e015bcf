using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A plan is not a fact about today: "thinking of selling on amazon" does not say the seller already sells there, for
/// the slots that describe the company as it is (experience, brand, certificates); a fact beside a plan still counts.
/// </summary>
public sealed class SlotPlanTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("readiness.digital-ecommerce-experience", "we make bamboo utensils, thinking of selling on amazon in the US")]
    [InlineData("readiness.digital-ecommerce-experience", "we'd like to sell on etsy next year")]
    [InlineData("readiness.digital-ecommerce-experience", "我们是工厂，想在亚马逊上卖")]
    [InlineData("readiness.digital-ecommerce-experience", "打算明年在速卖通上开店")]
    [InlineData("brand", "we plan to build our own brand later")]
    [InlineData("brand", "准备注册商标")]
    public void Words_inside_a_plan_do_not_answer_a_slot_about_today(string slot, string text) =>
        Assert.Null(Vocabulary.ReadAnywhere(slot, text));

    [Theory]
    [InlineData("readiness.digital-ecommerce-experience", "we already sell on ebay and want to try amazon", "cross-border")]
    [InlineData("readiness.digital-ecommerce-experience", "we want to grow because we have sold on amazon for years", "cross-border")]
    [InlineData("readiness.digital-ecommerce-experience", "在亚马逊上卖了两年，想做欧洲站", "cross-border")]
    [InlineData("brand", "we have our own brand and want to expand", "yes")]
    public void A_fact_beside_a_plan_still_answers(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere(slot, text)?.Value);

    [Fact]
    public void A_plan_still_answers_a_slot_that_is_about_what_the_seller_wants() =>
        Assert.Equal("B2B", Vocabulary.ReadAnywhere("model", "we want to sell wholesale to importers")?.Value);
}
