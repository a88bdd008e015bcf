using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Replies in sellers' own words at a question, read from the slot vocabulary: a thing asked for as a requirement
/// ("tracking required"), a refusal said with the verb ("售出不退"), speed weighed against price or said by how slow is
/// fine ("slowest is ok", "慢一点也行"), customers named by who they are ("normal households", "we supply distributors
/// overseas"), years said loosely ("a few years on amazon"), certificates named by their marks ("we have CE and RoHS",
/// "有CE和RoHS"), a few samples checked, and a plain "don't have them" at the size question.
/// </summary>
public sealed class SlotAnswersInOwnWordsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("tracking", "tracking required pls", "yes")]
    [InlineData("tracking", "it needs tracking", "yes")]
    [InlineData("returns", "卖出去就不退了", "no")]
    [InlineData("returns", "这批货不退", "no")]
    [InlineData("returns", "三十天内可以退", "yes")]
    [InlineData("urgency", "slowest is ok", "economy")]
    [InlineData("urgency", "慢一点也行", "economy")]
    [InlineData("urgency", "越便宜越好", "economy")]
    [InlineData("urgency", "a week or two is totally fine", "standard")]
    [InlineData("urgency", "普通快慢就好", "standard")]
    [InlineData("urgency", "客户周五前就要", "fast")]
    [InlineData("model", "normal households", "B2C")]
    [InlineData("model", "retail buyers", "B2C")]
    [InlineData("model", "直接卖给买家个人", "B2C")]
    [InlineData("model", "we supply distributors overseas", "B2B")]
    [InlineData("model", "to retail shops, in bulk", "B2B")]
    [InlineData("experience", "a few years on amazon us", "some")]
    [InlineData("readiness.compliance-certifications", "we have CE and RoHS", "all")]
    [InlineData("readiness.compliance-certifications", "有CE和RoHS", "all")]
    [InlineData("readiness.product-quality-control", "we check a few samples", "spot-checks")]
    [InlineData("size", "don't have them", "skip")]
    [InlineData("returns", "支持免费退货", "yes")]
    [InlineData("goods", "什么都没有", "none")]
    [InlineData("goods", "都不带", "none")]
    [InlineData("returns", "退货先不搞", "no")]
    [InlineData("readiness.compliance-certifications", "说实话还一个都没有", "unknown")]
    [InlineData("budget", "你看着定，我们都行", "300 USD")]
    [InlineData("readiness.product-differentiation", "our stuff is pretty unique, everything is custom engraved", "unique")]
    [InlineData("readiness.product-differentiation", "我们的产品都是定制刻字的，市面上很少见", "unique")]
    [InlineData("readiness.digital-ecommerce-experience", "我们以前也没做过线上销售", "none")]
    public void A_reply_in_own_words_answers_its_question(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    // "要是改成走快的呢" after a result: the speed is read anywhere in a message, not only as the reply to its question.
    [Theory]
    [InlineData("要是改成走快的呢，能几天到", "fast")]
    [InlineData("换成便宜点的呢", "economy")]
    public void A_speed_taken_with_a_choice_verb_is_read_anywhere(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere("urgency", text)?.Value);

    [Theory]
    [InlineData("tracking", "tracking not required")]
    [InlineData("readiness.product-quality-control", "we inspect a few samples from every batch")]
    public void A_near_miss_is_not_read_as_that_answer(string slot, string text)
    {
        var value = Vocabulary.ReadAnswer(slot, text)?.Value;
        Assert.NotEqual(slot switch { "tracking" => "yes", "returns" => "no", _ => "spot-checks" }, value);
    }
}
