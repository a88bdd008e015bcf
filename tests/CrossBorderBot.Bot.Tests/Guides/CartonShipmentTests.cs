using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;
using CrossBorderBot.Language;
using static CrossBorderBot.Tests.Guides.GuideExchange;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Several cartons of one kind in one shipment ("3 cartons, 12 kg each", "三箱，一共36公斤") are kept as a count with one
/// carton's weight: the result is worked out for the whole shipment and says so, and a what-if on the count keeps the
/// carton's weight. Pieces in a carton ("12 pcs per carton") and one box are no carton count.
/// </summary>
public sealed class CartonShipmentTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("3 cartons of ceramic mugs, each carton 12kg", 3)]
    [InlineData("two boxes of 8kg clothes to germany", 2)]
    [InlineData("we have 12 big cartons ready", 12)]
    [InlineData("三箱陶瓷杯发墨尔本", 3)]
    [InlineData("两个纸箱，每箱10公斤", 2)]
    [InlineData("3个包裹寄到美国", 3)]
    [InlineData("what if it was 5 cartons?", 5)]
    public void A_count_of_cartons_is_read(string text, int expected) =>
        Assert.Equal(expected, CartonCount.Read(text));

    [Theory]
    [InlineData("12 pcs per carton, 5kg, to france")]
    [InlineData("一箱4个，每个2公斤")]
    [InlineData("one box of 6 mugs")]
    [InlineData("1 carton, 5 kg")]
    [InlineData("每箱12公斤")]
    [InlineData("a 2kg parcel to spain")]
    public void Pieces_in_a_carton_or_a_single_box_are_no_carton_count(string text) =>
        Assert.Null(CartonCount.Read(text));

    [Theory]
    [InlineData("3 cartons, 36 kg in total", true)]
    [InlineData("三箱，一共36公斤", true)]
    [InlineData("3 cartons, total weight 36kg", true)]
    [InlineData("3 cartons, 12 kg each", false)]
    [InlineData("3 cartons of 12 kg", false)]
    [InlineData("三箱，每箱12公斤", false)]
    public void A_weight_is_the_shipments_only_when_said_so(string text, bool total) =>
        Assert.Equal(total, CartonCount.WeightIsTotal(text));

    [Fact]
    public async Task The_result_is_for_the_whole_shipment_of_cartons()
    {
        using var user = new GuideSession();
        var result = await PlayAsync(user,
            Say("ship 3 cartons of ceramic mugs to Germany, 12 kg each"), Say("50x40x40 cm"), Say("600 usd"),
            Say("cheapest"), Say("yes"), Say("no"), Say("neither"));

        Assert.Contains("3 cartons × 12 kg (36 kg in all)", result.Text);
        Assert.DoesNotContain("volumetric weight 13.333 kg", result.Text);
    }

    [Fact]
    public async Task A_shipment_weight_is_shared_out_over_its_cartons()
    {
        using var user = new GuideSession("zh-CN");
        var reply = await PlayAsync(user, Say("三箱陶瓷杯发德国，一共36公斤，货值4000元"));

        Assert.Contains("3 箱 × 12 kg（共 36 kg）", reply.Text);
    }

    [Fact]
    public void A_count_alone_keeps_one_cartons_weight_and_a_total_alone_is_shared_out()
    {
        var reader = new LogisticsSlotReader(Kb.Value, new GuideLocationResolver(Kb.Value, Recognizer.Value), SlotVocabulary.Default);
        var current = new LogisticsAnswers { WeightKg = 12m, Cartons = 3, Destination = "au" };

        var (count, countDefaults) = reader.Read("what if it was 5 cartons?", MessageEntities.None, waitingSlot: null);
        var (afterCount, _) = reader.Merge(current, count, countDefaults, waitingSlot: null, BotLanguage.English);
        Assert.Equal((12m, 5), (afterCount.WeightKg!.Value, afterCount.Cartons!.Value));

        var total = new LogisticsAnswers { WeightKg = 45m, WeightIsShipmentTotal = true };
        var (afterTotal, _) = reader.Merge(current, total, [], waitingSlot: null, BotLanguage.English);
        Assert.Equal((15m, 3), (afterTotal.WeightKg!.Value, afterTotal.Cartons!.Value));
    }
}
