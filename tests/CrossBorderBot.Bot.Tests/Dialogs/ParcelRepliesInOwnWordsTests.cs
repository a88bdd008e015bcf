using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Logistics answers in the seventeenth pass's kinds: a negation over the question's own items or a pointing word
/// ("电池液体都没有", "这两样都不含", "no to both") is neither; other names of a battery ("button cell", "coin cell") and
/// goods that are liquids by their name ("beard oil", "face serum", "精华液") are what the parcel holds; sizes written with
/// the Chinese list mark ("长宽高40、30、20") or said by likeness ("roughly the size of a cereal box", skipped); speed in a
/// Chinese "as … as can be" pattern ("能快就快") or as the cheapest way in a request ("most economical", "怎么走比较划算");
/// the choice handed to the bot ("听你的", "your call"); a don't-know about the size in a later clause; a yes/no topic
/// asked for with words between ("tracking on it please", "跟踪给我加上").
/// </summary>
public sealed class ParcelRepliesInOwnWordsTests
{
    private static readonly SlotVocabulary Vocabulary = SlotVocabulary.Default;

    [Theory]
    [InlineData("电池液体都没有")]
    [InlineData("这两样都不含")]
    [InlineData("这些都没有带")]
    [InlineData("no to both")]
    public void A_negation_over_the_questions_own_items_is_neither(string reply) =>
        Assert.Equal("none", Vocabulary.ReadAnswer("goods", reply)?.Value);

    [Theory]
    [InlineData("each card has a tiny button cell for the sound", "batteries")]
    [InlineData("theres a small coin cell in it", "batteries")]
    [InlineData("600 g of beard oil to sweden", "liquids")]
    [InlineData("a box of face serum", "liquids")]
    [InlineData("两瓶精华液", "liquids")]
    public void Other_names_of_batteries_and_liquid_goods_are_what_the_parcel_holds(string text, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnywhere("goods", text)?.Value);

    [Theory]
    [InlineData("长宽高40、30、20", 40, 30, 20)]
    [InlineData("30、20、15厘米", 30, 20, 15)]
    public void Sizes_with_the_chinese_list_mark_are_read(string typed, decimal length, decimal width, decimal height) =>
        Assert.Equal(new ParcelSizeAnswer(length, width, height), ParcelSizePrompt.Parse(typed));

    [Theory]
    [InlineData("roughly the size of a cereal box")]
    [InlineData("shoebox sized")]
    [InlineData("跟鞋盒差不多大")]
    public void A_size_said_by_likeness_is_no_measurement_and_skips_the_question(string typed) =>
        Assert.Equal(ParcelSizeAnswer.Skip, ParcelSizePrompt.Parse(typed));

    [Theory]
    [InlineData("能快就快", "fast")]
    [InlineData("能早到就早到", "fast")]
    [InlineData("随意，不赶", "economy")]
    public void Speed_in_chinese_patterns(string reply, string value) =>
        Assert.Equal(value, Vocabulary.ReadAnswer("urgency", reply)?.Value);

    [Theory]
    [InlineData("what's the most economical way to ship 2 kg of socks to chile?")]
    [InlineData("2公斤的台灯发到佛罗里达，怎么走比较划算")]
    [InlineData("寄澳洲怎么走最省钱")]
    public void The_cheapest_way_asked_for_in_a_request_is_economy(string text) =>
        Assert.Equal("economy", Vocabulary.ReadAnywhere("urgency", text)?.Value);

    [Theory]
    [InlineData("听你的")]
    [InlineData("your call")]
    [InlineData("看你")]
    public void The_choice_handed_to_the_bot_is_dont_know(string reply) =>
        Assert.True(Vocabulary.IsUnknown(reply));

    [Theory]
    [InlineData("norway. no clue about the measurements")]
    [InlineData("spain first. no idea of the box size")]
    public void A_dont_know_about_the_size_in_a_later_clause_skips_the_size(string text) =>
        Assert.Equal("skip", Vocabulary.ReadAnywhere("size", text)?.Value);

    [Theory]
    [InlineData("tracking", "tracking on it please")]
    [InlineData("returns", "returns on these please")]
    [InlineData("tracking", "跟踪给我加上")]
    [InlineData("returns", "退货功能也帮我开上")]
    public void A_topic_asked_for_with_words_between_is_yes(string slot, string reply) =>
        Assert.Equal("yes", Vocabulary.ReadAnswer(slot, reply)?.Value);
}
