using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Negated answers at a slot's own question, experience said in years with any verb, and place groups written as one
/// word: what the slot readers get from the slot vocabulary for "not yet" replies, "运营了两年" and "欧美".
/// </summary>
public sealed class SlotNegationAndPlaceGroupTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("brand", "haven't registered a brand yet", "no")]
    [InlineData("brand", "no trademark so far", "no")]
    [InlineData("brand", "我们还没去注册", "no")]
    [InlineData("brand", "目前还没做", "no")]
    [InlineData("goods", "none of those", "none")]
    [InlineData("goods", "nothing special, just cotton shirts", "none")]
    [InlineData("tracking", "we don't really care about it", "no")]
    [InlineData("readiness.yes-no", "haven't done that so far", "no")]
    [InlineData("readiness.brand-trademark", "尚未申请", "none")]
    public void A_negation_at_the_slots_own_question_means_its_negative_value(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer(slot, text)?.Value);

    [Theory]
    [InlineData("brand", "we don't have our own brand", "no")]
    [InlineData("brand", "还没做自己的品牌", "no")]
    [InlineData("brand", "we have our own brand", "yes")]
    public void A_yes_phrase_under_a_negation_reads_as_no_anywhere(string slot, string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere(slot, text)?.Value);

    [Theory]
    [InlineData("brand", "no idea")]
    [InlineData("brand", "不知道")]
    public void Not_knowing_is_not_a_negation(string slot, string text) =>
        Assert.True(Vocabulary.ReadAnswer(slot, text) is null or { IsDefault: true });

    [Theory]
    [InlineData("experience", "not much")]
    [InlineData("experience", "不太多")]
    [InlineData("model", "not retail")]
    public void Hedges_and_slots_without_a_negative_value_are_not_read_as_negations(string slot, string text) =>
        Assert.Null(Vocabulary.ReadAnswer(slot, text));

    [Theory]
    [InlineData("在速卖通上开了两年店", "some")]
    [InlineData("两年", "some")]
    [InlineData("十二年了", "experienced")]
    [InlineData("跑了好几年亚马逊", "experienced")]
    public void Experience_in_years_is_read_whatever_the_verb(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("experience", text)?.Value);

    [Theory]
    [InlineData("欧美", "europe,us")]
    [InlineData("主要做欧美市场", "europe,us")]
    [InlineData("想卖到日韩和东南亚", "jp,kr")]
    [InlineData("新马泰一带", "sg,my,th")]
    [InlineData("寄到新加坡", "")]
    [InlineData("加德满都", "")]
    [InlineData("美国", "")]
    [InlineData("美容产品", "")]
    public void Place_groups_written_as_one_word_give_every_place(string text, string ids) =>
        Assert.Equal(ids, string.Join(",", Vocabulary.PlaceGroups.Read(text)));
}
