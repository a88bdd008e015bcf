using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// A practice described instead of named, read on the question's own scale: a word for all or every ("all our products
/// carry CE", "每一单都查") picks the top of the scale, a word for some or a little ("a bit different", "部分款有") the
/// middle; a thing still in progress ("商标在办理中", "registration is under way") is "not yet", the question's negative
/// answer. Read at the question itself.
/// </summary>
public sealed class SlotScaleWordsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("readiness.compliance-certifications", "every product we sell carries CE and UKCA", "all")]
    [InlineData("readiness.compliance-certifications", "所有款式都过了认证", "all")]
    [InlineData("readiness.product-quality-control", "我们的质检每一单都会看", "systematic")]
    [InlineData("readiness.product-quality-control", "our qc guy looks at each carton", "systematic")]
    [InlineData("readiness.product-differentiation", "a little different from the rest", "some")]
    [InlineData("readiness.product-differentiation", "跟别家有一点点不同", "some")]
    [InlineData("readiness.compliance-certifications", "only part of the range has them", "some")]
    [InlineData("readiness.digital-data-marketing", "we look at every ad report", "regularly")]
    public void A_word_of_all_or_some_picks_its_place_on_the_scale(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("brand", "商标在办理中", "no")]
    [InlineData("brand", "registration is under way", "no")]
    [InlineData("readiness.brand-trademark", "我们的商标还在走流程", "none")]
    [InlineData("readiness.compliance-tax-registration", "the vat number is being processed", "no")]
    public void A_thing_still_in_progress_is_not_yet(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("readiness.product-quality-control", "we never check every unit")]
    [InlineData("readiness.compliance-certifications", "not all of them")]
    public void A_negated_all_is_not_the_top_of_the_scale(string slot, string text) =>
        Assert.NotEqual(slot.EndsWith("certifications", StringComparison.Ordinal) ? "all" : "systematic", Vocabulary.ReadAnswer(slot, text)?.Value);
}
