using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A parcel's facts as people say them: a weight as a part of a tonne or as "more than" a Chinese number ("a quarter of a
/// tonne", "二十多公斤", "三百多公斤": that many kilograms, never money), the size by its sides in words ("50 long, 40 wide
/// and 30 tall", "长五十宽四十高三十"), a place said of something else than where the goods go (a weight compared with an
/// earlier parcel, a warehouse, a factory, where they sold before) that leaves the destination or markets as they are, and a speed asked for in own words in
/// either direction ("could it get there sooner? we can spend a little extra", "有没有再便宜一点的，晚几天无所谓").
/// </summary>
public sealed class ParcelFactsInOwnWordsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("we're sending a quarter of a tonne of marble tiles to marseille", 250)]
    [InlineData("we need to move half a tonne of tiles", 500)]
    [InlineData("二十多公斤的陶瓷餐具发多伦多", 20)]
    [InlineData("一托LED灯具，三百多公斤，要发芝加哥", 300)]
    [InlineData("五十多公斤的铸铁锅", 50)]
    public void A_weight_in_words_or_more_than_a_number_is_that_many_kilograms(string text, decimal kilograms)
    {
        var read = Read(text, waitingSlot: null);
        Assert.Equal(kilograms, read.WeightKg);
        Assert.Null(read.ValueAmount);
    }

    [Theory]
    [InlineData("it's 50 long, 40 wide and 30 tall", 50, 40, 30)]
    [InlineData("30 long, 20 wide, 8 high in cm", 30, 20, 8)]
    [InlineData("长五十宽四十高三十", 50, 40, 30)]
    [InlineData("长三十宽二十高十五", 30, 20, 15)]
    public void The_size_by_its_sides_in_words(string text, decimal length, decimal width, decimal height)
    {
        var size = Read(text, LogisticsSlotReader.Size).Size;
        Assert.NotNull(size);
        Assert.Equal([length, width, height], new[] { size.LengthCm, size.WidthCm, size.HeightCm });
    }

    [Theory]
    [InlineData("发一个包裹去首尔，跟上次发东京的一样重，1.2公斤", "kr")]
    [InlineData("a parcel to milan, same weight as our german orders, 1.8 kg", "it")]
    public void A_place_said_of_another_parcel_is_no_destination(string text, string destination)
    {
        var read = Read(text, waitingSlot: null);
        Assert.Equal(destination, read.Destination, ignoreCase: true);
        Assert.Null(read.OtherDestinations);
    }

    [Theory]
    [InlineData("在亚马逊做过，德国有个海外仓")]
    [InlineData("we've sold on etsy for two years, our stock sits in a warehouse in the us")]
    [InlineData("our factory is in vietnam, a bit of amazon experience")]
    [InlineData("sold a little on amazon us last year")]
    [InlineData("之前在亚马逊日本站卖过一年")]
    public void A_place_said_of_a_warehouse_a_factory_or_past_sales_is_no_market(string text)
    {
        var reader = new PlatformSlotReader(Kb.Value, Locations, SlotVocabulary.Default);
        var (read, _) = reader.Read(text, Understand(text).Entities, PlatformSlotReader.Experience);
        Assert.True(read.Markets is null or { Count: 0 }, string.Join(", ", read.Markets ?? []));
    }

    [Theory]
    [InlineData("could it get there sooner? we can spend a little extra")]
    [InlineData("can it arrive any earlier if we pay extra?")]
    [InlineData("能不能换个早点到的，多花点钱无所谓")]
    public void A_faster_way_asked_for_in_own_words(string text) =>
        Assert.True(SpeedWish.AsksForFaster(text), text);

    [Theory]
    [InlineData("运费能再省点吗？多等几天没关系")]
    [InlineData("有没有再便宜一点的，晚几天无所谓")]
    [InlineData("if we can wait longer is there something cheaper?")]
    [InlineData("anything cheaper if it takes a bit longer?")]
    public void A_cheaper_way_asked_for_in_own_words(string text)
    {
        Assert.True(SpeedWish.AsksForSlower(text), text);
        Assert.False(SpeedWish.AsksForFaster(text), text);
    }

    [Theory]
    [InlineData("would express be much faster?")]
    [InlineData("how much cheaper is the slowest one?")]
    [InlineData("运费怎么算的")]
    public void A_comparison_of_outcomes_asks_for_no_other_speed(string text)
    {
        Assert.False(SpeedWish.AsksForFaster(text), text);
        Assert.False(SpeedWish.AsksForSlower(text), text);
    }

    [Theory]
    [InlineData("en-US", "ship 3 kg of ceramic planters to lyon, 45x35x30, worth 140 eur, cheapest, tracked, no returns, no batteries", "could it get there sooner? we can spend a little extra", "Economy (cheapest) → Standard")]
    [InlineData("zh-CN", "寄3公斤茶叶去伦敦，30*20*20，货值六百块，要快递，要跟踪，不退，没有电池液体", "有没有再便宜一点的，晚几天无所谓", "快速（快递） → ")]
    public async Task Another_speed_asked_for_at_the_result_gives_the_result_again(string locale, string opening, string ask, string change)
    {
        using var user = new GuideSession(locale);
        Assert.Matches("Logistics channels:|物流渠道：", (await user.SayAsync(opening)).Text);

        var turn = await user.SayAsync(ask);

        Assert.Contains(change, turn.Text);
        Assert.Matches("Logistics channels:|物流渠道：", turn.Text);
    }

    private static GuideLocationResolver Locations => new(Kb.Value, Recognizer.Value);

    private static RecognizedMessage Understand(string text) =>
        Recognizer.Value.Understand(text, CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US");

    private static LogisticsAnswers Read(string text, string? waitingSlot) =>
        new LogisticsSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, Understand(text).Entities, waitingSlot).Read;
}
